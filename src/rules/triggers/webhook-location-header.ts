import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { triggerOperationFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { successResponses } from '../../model/schema-views';
import { operationLabel } from '../../utils/triggers-webhooks';
import { addWebhook, pathPointer } from './example-edits';

export const checkWebhookLocation = triggerOperationFunction('webhookLocationHeader', (model) => {
  const results: IFunctionResult[] = [];
  if (!model.trigger || !model.webhook) return results;
  const responses = successResponses(model.info);
  const has = responses.some(
    (r) => isObject(r.node.headers) && Object.keys(r.node.headers).some((h) => h.toLowerCase() === 'location'),
  );
  if (has) return results;
  const first = responses[0];
  results.push({
    message: `Webhook trigger ${operationLabel(model.info)} declares no Location header on its ${first ? `${first.code} ` : 'success '}response`,
    path: first ? first.jsonPath : [...model.info.jsonPath, 'responses'],
  });
  return results;
});

export default defineRule('ppc-webhook-location-header', {
  description:
    'A webhook registration declares a `Location` header on its 201 response: the URL the platform calls with DELETE to remove the hook.',
  message:
    '{{error}}; declare "headers": { "Location": { "type": "string" } } on the 201 response and return the subscription URL in it.',
  severity: 'info',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: checkWebhookLocation },
  'x-ppc': {
    requirements: ['webhook-delete-operation'],
    section: '5',
    sources: ['L-WH'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'A 201 response without headers.',
          edits: [
            ...addWebhook(),
            { op: 'remove', path: pathPointer('/hooks', 'post', 'responses', '201', 'headers') },
          ],
        },
      ],
      valid: [{ description: 'A 201 response with a Location header.', edits: addWebhook() }],
    },
  },
});
