import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';
import { operationLabel, operationModels, type OperationModel } from '../../utils/triggers-webhooks';
import { addLinkedTriggers, addPolling, addWebhook, pathPointer } from './example-edits';

export const checkNotificationUsage = documentFunction('notificationUsage', (doc) => {
  const results: IFunctionResult[] = [];
  const models = operationModels(doc);
  const byId = new Map<string, OperationModel>();
  for (const m of models)
    if (m.info.operationId !== undefined && !byId.has(m.info.operationId)) byId.set(m.info.operationId, m);
  for (const m of models) {
    const value = m.info.node['x-ms-notification'];
    if (value === undefined) continue;
    const path = [...m.info.jsonPath, 'x-ms-notification'];
    const label = operationLabel(m.info);
    if (!isObject(value)) {
      results.push({
        message: `x-ms-notification of ${label} is ${Array.isArray(value) ? 'an array' : show(value)}, not an object with an "operationId"`,
        path,
      });
      continue;
    }
    if (typeof value.operationId !== 'string' || value.operationId.trim() === '') {
      results.push({ message: `x-ms-notification of ${label} has no "operationId" string`, path });
    }
    for (const key of Object.keys(value)) {
      if (key !== 'operationId')
        results.push({
          message: `x-ms-notification of ${label} has the unknown key ${quote(key)}`,
          path: [...path, key],
        });
    }
    if (!m.trigger)
      results.push({
        message: `x-ms-notification is on ${label}, which is not a trigger (NotificationExtensionSupportedForTriggerOnly)`,
        path,
      });
    else if (m.webhook)
      results.push({
        message: `x-ms-notification is on the webhook operation ${label} (NotificationExtensionNotSupportedInWebhookOperation)`,
        path,
      });
    const target = typeof value.operationId === 'string' ? byId.get(value.operationId) : undefined;
    if (target && !target.webhook) {
      results.push({
        message: `x-ms-notification of ${label} points to ${operationLabel(target.info)}, which is not a webhook operation (NotificationOperationMustBeWebhook)`,
        path: [...path, 'operationId'],
      });
    }
  }
  return results;
});

export default defineRule('ppc-x-ms-notification-usage', {
  description:
    '`x-ms-notification` is `{ "operationId": … }`, sits only on a (polling) trigger that is not itself a webhook, and points to a webhook operation.',
  message:
    '{{error}}; use x-ms-notification only on a polling trigger, pointing at the webhook operation that registers for the same events.',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}['x-ms-notification']`,
  resolved: false,
  then: { function: checkNotificationUsage },
  'x-ppc': {
    requirements: ['x-ms-notification-usage', 'x-ms-notification'],
    section: '5',
    sources: [
      'L-SVR NotificationExtensionSupportedForTriggerOnly',
      'L-SVR NotificationExtensionNotSupportedInWebhookOperation',
      'L-SVR NotificationOperationMustBeWebhook',
      'R-SCH-API',
    ],
    validatorMessage:
      'NotificationExtensionSupportedForTriggerOnly / NotificationExtensionNotSupportedInWebhookOperation / NotificationOperationMustBeWebhook',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'On an action.',
          edits: [
            ...addWebhook(),
            {
              op: 'set',
              path: pathPointer('/tasks', 'post', 'x-ms-notification'),
              value: { operationId: 'OnTaskCreated' },
            },
          ],
        },
        {
          description: 'Pointing at an operation that is not a webhook.',
          edits: [
            ...addPolling(),
            {
              op: 'set',
              path: pathPointer('/tasks/trigger', 'get', 'x-ms-notification'),
              value: { operationId: 'ListTasks' },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A polling trigger pointing at its webhook counterpart.',
          edits: [...addLinkedTriggers()],
        },
      ],
    },
  },
});
