import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { triggerOperationFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { notificationContentOf, operationLabel } from '../../utils/triggers-webhooks';
import { addWebhook, pathPointer } from './example-edits';

export const checkWebhookNotificationContent = triggerOperationFunction('webhookNotificationContent', (model) => {
  const results: IFunctionResult[] = [];
  const body = model.notificationUrls.filter((s) => s.body !== undefined && s.chain.length > 0);
  if (body.length === 0 || notificationContentOf(model.info) !== undefined) return results;
  results.push({
    message: `${operationLabel(model.info)} has ${body.length} propert${body.length === 1 ? 'y' : 'ies'} marked as notification URL, but its path item has no x-ms-notification-content`,
    path: model.info.jsonPath,
  });
  return results;
});

export default defineRule('ppc-webhook-notification-content', {
  description:
    'A path whose operation has a notification-URL property also has `x-ms-notification-content` with the schema of the payload the service posts.',
  message:
    '{{error}}; add "x-ms-notification-content": { "schema": … } to the path item (Microsoft rejects it otherwise: OperationMustHaveNotificationContentExtension).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: checkWebhookNotificationContent },
  'x-ppc': {
    requirements: ['webhook-notification-content'],
    section: '5',
    sources: ['L-SVR OperationMustHaveNotificationContentExtension', 'L-WH', 'R-SCH-API', 'CORPUS'],
    validatorMessage:
      "Operation '{0}' is missing notification content extension as it has '{1}' properties marked as notification URL.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A webhook without notification content.',
          edits: [...addWebhook(), { op: 'remove', path: pathPointer('/hooks', 'x-ms-notification-content') }],
        },
      ],
      valid: [{ description: 'Notification content on the path item.', edits: addWebhook() }],
    },
  },
});
