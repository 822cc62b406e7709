import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { responseEntries } from '../../utils/responses-helpers';
import { isInternal } from '../../model/visibility';

const errorResponsesListed = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function errorResponsesListed(input, _options, context) {
    if (!isObject(input) || isInternal(input) || !isObject(input.responses)) return;
    const codes = responseEntries(input.responses).map(([code]) => code);
    if (codes.length === 0 || codes.some((c) => /^[45]\d\d$/.test(c) || c === 'default')) return;
    const id = typeof input.operationId === 'string' ? `"${input.operationId}"` : 'The operation';
    return [
      {
        message: `${id} lists no error response (only ${codes.map((c) => `"${c}"`).join(', ')})`,
        path: [...context.path, 'responses'],
      },
    ];
  },
);

export default defineRule('ppc-error-responses-listed', {
  description:
    'A visible operation lists the 4xx/5xx responses the API is known to return, each with a description only.',
  message:
    '{{error}}; list the known error status codes (for example "400", "404") with a description and no schema (Microsoft coding standards).',
  severity: 'info',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: errorResponsesListed },
  'x-ppc': {
    requirements: ['error-responses-listed'],
    section: '7',
    sources: ['L-CSTD'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'An operation with a 200 response only.',
          edits: [{ op: 'remove', path: '/paths/~1tasks~1{taskId}/get/responses/404' }],
        },
      ],
      valid: [{ description: 'A 200 response and a described 404.', edits: [] }],
    },
  },
});
