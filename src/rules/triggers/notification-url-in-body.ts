import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { NOTIFICATION_URL } from '../../model';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { connectorModel, NOTIFICATION_CONTENT, writtenSchemas } from '../../model';
import { resolvedSchemaVisits } from '../../model/schema-views';
import { marksNotificationUrl, operationModels } from '../../utils/triggers-webhooks';
import { addWebhook, pathPointer } from './example-edits';

const key = (path: readonly unknown[]): string => JSON.stringify(path);

export const checkNotificationUrlInBody = documentFunction('notificationUrlInBody', (doc) => {
  const results: IFunctionResult[] = [];
  // Written locations reachable from request bodies, and from responses / notification content.
  const fromBody = new Set<string>();
  const fromOutput = new Set<string>();
  for (const model of operationModels(doc)) {
    for (const p of model.params) {
      if (p.in !== 'body') {
        if (marksNotificationUrl(p.node)) {
          results.push({
            message: `The ${quote(typeof p.node.in === 'string' ? p.node.in : 'unknown')} parameter ${quote(p.name ?? '')} is marked "x-ms-notification-url"`,
            path: [...p.jsonPath, 'x-ms-notification-url'],
          });
        }
        continue;
      }
      if (marksNotificationUrl(p.node)) {
        results.push({
          message: `The body parameter ${quote(p.name ?? '')} itself is marked "x-ms-notification-url"`,
          path: [...p.jsonPath, 'x-ms-notification-url'],
        });
      }
      for (const v of resolvedSchemaVisits(doc, model.info, [...p.jsonPath, 'schema'])) fromBody.add(key(v.path));
    }
  }
  for (const op of connectorModel(doc).operations) {
    const roots = op.responses.map((r) => [...r.jsonPath, 'schema']);
    if (op.trigger === 'webhook') roots.push(['paths', op.path, NOTIFICATION_CONTENT, 'schema']);
    for (const root of roots) for (const v of resolvedSchemaVisits(doc, op, root)) fromOutput.add(key(v.path));
  }
  for (const v of writtenSchemas(doc)) {
    if (v.depth === 0 && v.role !== 'definition') continue;
    if (!marksNotificationUrl(v.schema)) continue;
    const k = key(v.path);
    if (fromBody.has(k)) continue;
    if (v.role === 'response' || fromOutput.has(k)) {
      results.push({
        message: `The output schema property ${quote(v.propertyName ?? v.path[v.path.length - 1])} is marked "x-ms-notification-url"`,
        path: [...v.path, 'x-ms-notification-url'],
      });
    }
  }
  return results;
});

export default defineRule('ppc-notification-url-in-body', {
  description:
    '`x-ms-notification-url` appears only on properties of a request body schema, never on query, path or header parameters or in response schemas.',
  message:
    '{{error}}; put the marker on a string property of the request body schema only (Microsoft rejects it elsewhere: NotificationUrlNotAllowedInThisPosition).',
  severity: 'error',
  formats: [oas2],
  given: extensionKey(NOTIFICATION_URL),
  resolved: false,
  then: { function: checkNotificationUrlInBody },
  'x-ppc': {
    requirements: ['notification-url-in-body'],
    section: '5',
    sources: ['L-SVR NotificationUrlNotAllowedInThisPosition'],
    validatorMessage:
      'NotificationUrlNotAllowedInThisPosition: the notification URL is allowed only in the input body.',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A query parameter marked as the callback URL.',
          edits: [
            ...addWebhook(),
            {
              op: 'set',
              path: pathPointer('/hooks', 'post', 'parameters', '1'),
              value: {
                name: 'callback',
                in: 'query',
                type: 'string',
                'x-ms-notification-url': true,
                'x-ms-visibility': 'internal',
              },
            },
          ],
        },
        {
          description: 'A response property marked as the callback URL.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/id/x-ms-notification-url', value: true }],
        },
      ],
      valid: [{ description: 'The marker on a request body property.', edits: addWebhook() }],
    },
  },
});
