import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { triggerOperationFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { notificationContentOf, operationLabel } from '../../utils/triggers-webhooks';
import { addWebhook, callbackUrlPointer, pathPointer } from './example-edits';

export const checkWebhookNotificationUrl = triggerOperationFunction('webhookNotificationUrl', (model) => {
  const results: IFunctionResult[] = [];
  const { info } = model;
  const sites = model.notificationUrls;
  if (sites.length > 1) {
    results.push({
      message: `Webhook operation ${operationLabel(info)} has ${sites.length} properties marked "x-ms-notification-url": true`,
      path: sites[1].path,
    });
    return results;
  }
  if (sites.length === 0 && model.trigger && info.method !== 'get' && notificationContentOf(info) !== undefined) {
    results.push({
      message: `Webhook trigger ${operationLabel(info)} has x-ms-notification-content but no request property marked "x-ms-notification-url": true`,
      path: info.jsonPath,
    });
  }
  return results;
});

export default defineRule('ppc-webhook-notification-url', {
  description:
    'A webhook trigger has exactly one request body property marked `"x-ms-notification-url": true` (the callback URL the platform fills in).',
  message:
    '{{error}}; mark exactly one string property of the request body with "x-ms-notification-url": true (Microsoft rejects webhooks without one).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: checkWebhookNotificationUrl },
  'x-ppc': {
    requirements: ['webhook-notification-url'],
    section: '5',
    sources: ['L-EXT', 'L-SVR WebhookOperationsMissingNotificationUrlProperty'],
    validatorMessage: 'WebhookOperationsMissingNotificationUrlProperty',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A webhook trigger whose callback property lost its marker.',
          edits: [
            ...addWebhook(),
            {
              op: 'remove',
              path: callbackUrlPointer('x-ms-notification-url'),
            },
          ],
        },
        {
          description: 'Two callback properties.',
          edits: [
            ...addWebhook(),
            {
              op: 'set',
              path: pathPointer('/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'otherUrl'),
              value: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' },
            },
          ],
        },
      ],
      valid: [{ description: 'One internal, required callback property.', edits: addWebhook() }],
    },
  },
});
