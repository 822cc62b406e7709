import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { triggerOperationFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { requiredNames } from '../../model/schema-views';
import { addWebhook, pathPointer } from './example-edits';

export const checkNotificationUrlRequired = triggerOperationFunction('notificationUrlRequired', (model, doc) => {
  const results: IFunctionResult[] = [];
  for (const site of model.notificationUrls) {
    if (!site.body || site.chain.length === 0) continue;
    const target = site.chain[site.chain.length - 1].name ?? '';
    for (const link of site.chain) {
      if (link.kind !== 'property' || link.name === undefined) continue;
      if (requiredNames(doc, link.parent, link.parentPath).has(link.name)) continue;
      results.push({
        message:
          link.name === target
            ? `Notification URL property ${quote(target)} is not listed in its schema's "required"`
            : `Property ${quote(link.name)}, on the way to notification URL ${quote(target)}, is not listed in its schema's "required"`,
        path: Array.isArray(link.parent.required) ? [...link.parentPath, 'required'] : link.parentPath,
      });
    }
  }
  return results;
});

export default defineRule('ppc-notification-url-required', {
  description: 'The notification URL property is listed in `required` at every level of its schema chain.',
  message:
    '{{error}}; list it in "required" at every level down to the callback URL (Microsoft rejects it otherwise: NotificationUrlNotRequired).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: checkNotificationUrlRequired },
  'x-ppc': {
    requirements: ['notification-url-required'],
    section: '5',
    sources: ['L-SVR NotificationUrlNotRequired'],
    validatorMessage:
      'NotificationUrlNotRequired: the notification URL must be required all the way through the schema chain.',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'The callback property is optional.',
          edits: [
            ...addWebhook(),
            { op: 'set', path: pathPointer('/hooks', 'post', 'parameters', '0', 'schema', 'required'), value: [] },
          ],
        },
      ],
      valid: [{ description: 'A required callback property.', edits: addWebhook() }],
    },
  },
});
