import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { triggerOperationFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { followToObject } from '../../model';
import { notificationContentOf, operationLabel } from '../../utils/triggers-webhooks';
import { isInternal } from '../../model/visibility';
import { addPolling, pathPointer } from './example-edits';

export const checkPollingContract = triggerOperationFunction('pollingTriggerContract', (model, doc) => {
  const results: IFunctionResult[] = [];
  const { info } = model;
  if (!model.trigger || model.webhook || notificationContentOf(info) !== undefined || isInternal(info.node))
    return results;
  if (!isObject(info.node.responses)) return results;
  const responsesPath = [...info.jsonPath, 'responses'];
  const accepted = followToObject(doc, info.node.responses['202'], [...responsesPath, '202']);
  if (!accepted) {
    results.push({ message: `Polling trigger ${operationLabel(info)} declares no 202 response`, path: responsesPath });
    return results;
  }
  const headers = isObject(accepted.node.headers) ? Object.keys(accepted.node.headers).map((h) => h.toLowerCase()) : [];
  const missing = ['location', 'retry-after'].filter((h) => !headers.includes(h));
  if (missing.length > 0) {
    results.push({
      message: `Polling trigger ${operationLabel(info)} declares no ${missing.map((h) => (h === 'location' ? 'Location' : 'Retry-After')).join(' or ')} header on its 202 response`,
      path: accepted.path,
    });
  }
  return results;
});

export default defineRule('ppc-polling-trigger-contract', {
  description:
    'A polling trigger documents the polling contract: a 202 response with `Location` (the next poll URL, carrying the state) and `Retry-After` headers, and 200 with new items.',
  message:
    "{{error}}; return 202 with Location and Retry-After while there is no new data and 200 with the new items (Microsoft's polling-trigger contract), unless a pollingtrigger policy handles the state.",
  severity: 'info',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: checkPollingContract },
  'x-ppc': {
    requirements: ['polling-trigger-contract'],
    section: '5',
    sources: ['L-POLL'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'A polling trigger with only a 200 response.',
          edits: [...addPolling(), { op: 'remove', path: pathPointer('/tasks/trigger', 'get', 'responses', '202') }],
        },
      ],
      valid: [{ description: '200 and 202 with Location and Retry-After.', edits: addPolling() }],
    },
  },
});
