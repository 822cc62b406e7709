import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { connectorModel } from '../../model';
import { operationLabel, operationModels } from '../../utils/triggers-webhooks';
import { addWebhook, pathPointer } from './example-edits';

export const checkWebhookDelete = documentFunction('webhookDeleteOperation', (doc) => {
  const results: IFunctionResult[] = [];
  const webhooks = operationModels(doc).filter((m) => m.trigger && m.webhook);
  if (webhooks.length === 0) return results;
  // The Location header of the registration response points at the hook at run time, so any DELETE can be the
  // one; the same path or a sub-path is the usual place.
  if (connectorModel(doc).operations.some((info) => info.method === 'delete')) return results;
  for (const model of webhooks) {
    results.push({
      message: `Webhook trigger ${operationLabel(model.info)} has no DELETE operation to remove the subscription`,
      path: model.info.jsonPath,
    });
  }
  return results;
});

export default defineRule('ppc-webhook-delete-operation', {
  description:
    'A connector with a webhook trigger has a DELETE operation (usually internal, on the webhook path or a `{id}` sub-path) that removes the subscription.',
  message:
    '{{error}}; add an internal DELETE operation for the URL the registration returns in its Location header (the platform calls it when a flow is deleted).',
  severity: 'warn',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: checkWebhookDelete },
  'x-ppc': {
    requirements: ['webhook-delete-operation'],
    section: '5',
    sources: ['L-WH', 'CORPUS'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A webhook trigger and no DELETE anywhere.',
          edits: [...addWebhook().slice(0, 1), { op: 'remove', path: pathPointer('/tasks/{taskId}', 'delete') }],
        },
      ],
      valid: [{ description: 'An internal DELETE on a sub-path.', edits: addWebhook() }],
    },
  },
});
