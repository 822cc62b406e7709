import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { triggerOperationFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote, show } from '../../utils/guards';
import { addWebhook, callbackUrlPointer } from './example-edits';

export const checkNotificationUrlString = triggerOperationFunction('notificationUrlString', (model) => {
  const results: IFunctionResult[] = [];
  for (const site of model.notificationUrls) {
    if (!site.body || site.chain.length === 0) continue;
    const type = site.schema.type;
    if (type === 'string') continue;
    const name = site.chain[site.chain.length - 1].name ?? String(site.path[site.path.length - 1]);
    results.push({
      message:
        type === undefined
          ? `Notification URL property ${quote(name)} has no type`
          : `Notification URL property ${quote(name)} has type ${quote(show(type))}`,
      path: type === undefined ? site.path : [...site.path, 'type'],
    });
  }
  return results;
});

export default defineRule('ppc-notification-url-string', {
  description: 'The property marked `x-ms-notification-url` has `"type": "string"`.',
  message: '{{error}}; give it "type": "string" (Microsoft rejects other types: NotificationUrlNotString).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: checkNotificationUrlString },
  'x-ppc': {
    requirements: ['notification-url-string'],
    section: '5',
    sources: ['L-SVR NotificationUrlNotString'],
    validatorMessage: 'NotificationUrlNotString',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An object-typed callback property.',
          edits: [
            ...addWebhook(),
            {
              op: 'set',
              path: callbackUrlPointer('type'),
              value: 'object',
            },
          ],
        },
      ],
      valid: [{ description: 'A string callback property.', edits: addWebhook() }],
    },
  },
});
