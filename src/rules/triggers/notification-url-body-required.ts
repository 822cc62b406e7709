import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { triggerOperationFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { operationLabel } from '../../utils/triggers-webhooks';
import { addWebhook, pathPointer } from './example-edits';

export const checkNotificationUrlBodyRequired = triggerOperationFunction('notificationUrlBodyRequired', (model) => {
  const results: IFunctionResult[] = [];
  const site = model.notificationUrls.find((s) => s.body !== undefined && s.chain.length > 0);
  if (!site || !site.body || site.body.node.required === true) return results;
  const target = site.chain[site.chain.length - 1].name ?? '';
  results.push({
    message: `The body parameter ${quote(site.body.name ?? '')} of ${operationLabel(model.info)}, which holds notification URL ${quote(target)}, is not "required": true`,
    path: site.body.node.required === undefined ? site.body.usePath : [...site.body.jsonPath, 'required'],
  });
  return results;
});

export default defineRule('ppc-notification-url-body-required', {
  description: 'The body parameter that holds the notification URL property is `"required": true`.',
  message:
    '{{error}}; set "required": true on the body parameter (the callback URL must be required all the way through: NotificationUrlNotRequired).',
  severity: 'warn',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: checkNotificationUrlBodyRequired },
  'x-ppc': {
    requirements: ['notification-url-required'],
    section: '5',
    sources: ['L-SVR NotificationUrlNotRequired', 'CORPUS'],
    validatorMessage:
      'NotificationUrlNotRequired: the notification URL must be required all the way through the schema chain.',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An optional body parameter.',
          edits: [
            ...addWebhook(),
            { op: 'set', path: pathPointer('/hooks', 'post', 'parameters', '0', 'required'), value: false },
          ],
        },
      ],
      valid: [{ description: 'A required body parameter.', edits: addWebhook() }],
    },
  },
});
