import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';
import { show } from '../../utils/guards';
import { extensionSites } from '../../model/extension-sites';
import { NOTIFICATION_URL } from '../../utils/triggers-webhooks';
import { addWebhook, callbackUrlPointer } from './example-edits';

export const checkNotificationUrlValue = documentFunction('notificationUrlValue', (doc) => {
  const results: IFunctionResult[] = [];
  for (const site of extensionSites(doc, NOTIFICATION_URL)) {
    if (typeof site.value === 'boolean') continue;
    results.push({
      message: `is ${typeof site.value === 'string' ? `the string "${show(site.value)}"` : show(site.value)}`,
      path: site.path,
    });
  }
  return results;
});

export default defineRule('ppc-x-ms-notification-url', {
  description: '`x-ms-notification-url` is the boolean `true` (a JSON boolean, not a string).',
  message:
    'x-ms-notification-url {{error}}; use the boolean true on the callback URL property (the platform ignores other values).',
  severity: 'error',
  formats: [oas2],
  given: extensionKey(NOTIFICATION_URL),
  resolved: false,
  then: { function: checkNotificationUrlValue },
  'x-ppc': {
    requirements: ['x-ms-notification-url'],
    section: '9',
    sources: ['L-EXT', 'L-SVR', 'R-SCH-API'],
    validatorMessage: 'JsonTypeIncorrect',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'The string "true".',
          edits: [
            ...addWebhook(),
            {
              op: 'set',
              path: callbackUrlPointer('x-ms-notification-url'),
              value: 'true',
            },
          ],
        },
      ],
      valid: [{ description: 'The boolean true.', edits: addWebhook() }],
    },
  },
});
