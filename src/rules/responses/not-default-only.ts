import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isDynamicResponse, resolveResponse, responseEntries } from '../../utils/responses-helpers';

const notDefaultOnly = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function notDefaultOnly(input, _options, context) {
    const entries = responseEntries(input);
    if (entries.length !== 1 || entries[0][0] !== 'default') return;
    // A lone `default` with a schema is ppc-default-no-schema's finding (an error that already says to list the status
    // codes).
    const doc = context.document.data;
    const resolved = resolveResponse(doc, entries[0][1], [...context.path, 'default']);
    if (resolved && 'schema' in resolved.response && !isDynamicResponse(doc, resolved.response)) return;
    return [{ message: 'only "default"', path: [...context.path, 'default'] }];
  },
);

export default defineRule('ppc-not-default-only', {
  description: 'An operation lists its success response (for example 200) and not only a `default` response.',
  message:
    'The operation lists {{error}} as a response; add the success status code the API returns (for example "200" with its schema) (Microsoft asks for expected responses, not only `default`).',
  severity: 'warn',
  formats: [oas2],
  given: `${OPERATIONS}.responses`,
  resolved: false,
  then: { function: notDefaultOnly },
  'x-ppc': {
    requirements: ['not-default-only'],
    section: '7',
    sources: ['L-CSTD', 'PR#549'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An operation with a `default` response only.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/delete/responses',
              value: { default: { description: 'The result.' } },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A `default` response next to the success response.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/delete/responses',
              value: { '204': { description: 'Deleted.' }, default: { description: 'An error.' } },
            },
          ],
        },
      ],
    },
  },
});
