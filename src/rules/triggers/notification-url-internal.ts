import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { triggerOperationFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { operationLabel } from '../../utils/triggers-webhooks';
import { addWebhook, callbackUrlPointer, pathPointer } from './example-edits';

export const checkNotificationUrlInternal = triggerOperationFunction('notificationUrlInternal', (model) => {
  const results: IFunctionResult[] = [];
  for (const site of model.notificationUrls) {
    if (!site.body || site.chain.length === 0 || site.hidden) continue;
    const name = site.chain[site.chain.length - 1].name ?? String(site.path[site.path.length - 1]);
    results.push({
      message: `Notification URL property ${quote(name)} of ${operationLabel(model.info)} is visible`,
      path: site.path,
    });
  }
  return results;
});

export default defineRule('ppc-notification-url-internal', {
  description:
    'The property marked `x-ms-notification-url`, or one of its parent schemas, is `"x-ms-visibility": "internal"`.',
  message:
    '{{error}}; add "x-ms-visibility": "internal" to it (the platform fills the callback URL in; Microsoft rejects a visible one: NotificationUrlNotInternal).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: checkNotificationUrlInternal },
  'x-ppc': {
    requirements: ['notification-url-internal'],
    section: '5',
    sources: ['L-SVR NotificationUrlNotInternal'],
    validatorMessage: 'NotificationUrlNotInternal',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A callback property users would see.',
          edits: [
            ...addWebhook(),
            {
              op: 'remove',
              path: callbackUrlPointer('x-ms-visibility'),
            },
          ],
        },
      ],
      valid: [
        { description: 'An internal callback property.', edits: addWebhook() },
        {
          description: 'An internal body parameter hides the callback property too.',
          edits: [
            ...addWebhook(),
            {
              op: 'remove',
              path: callbackUrlPointer('x-ms-visibility'),
            },
            { op: 'set', path: pathPointer('/hooks', 'post', 'parameters', '0', 'x-ms-visibility'), value: 'internal' },
          ],
        },
      ],
    },
  },
});
