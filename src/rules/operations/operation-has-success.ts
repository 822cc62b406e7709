import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { responseCodes } from '../../model';
import { operationLabel } from '../../utils/operations-text';

/**
 * Reports an operation whose responses list status codes but no 2xx. No responses at all is
 * ppc-operation-has-response's finding; `default` alone is ppc-not-default-only's.
 */
const hasSuccess = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function hasSuccess(input, _options, context) {
    if (!isObject(input)) return;
    const codes = responseCodes(input.responses);
    if (codes.length === 0 || (codes.length === 1 && codes[0] === 'default')) return;
    if (codes.some((c) => /^2(\d\d|xx)$/i.test(c))) return;
    return [
      {
        message: `${operationLabel(input, context.path)} has no 2xx response (only ${codes.join(', ')})`,
        path: [...context.path, 'responses'],
      },
    ];
  },
);

export default defineRule('ppc-operation-has-success', {
  description: 'Every operation has at least one 2xx response.',
  message:
    'Operation {{error}}; add the success response (200, 201, 202 or 204) it returns (Microsoft rejects operations without one: OperationShouldHaveSuccessfulResponse).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  then: { function: hasSuccess },
  'x-ppc': {
    requirements: ['operation-has-success'],
    section: '3',
    sources: ['L-SVR OperationShouldHaveSuccessfulResponse', 'L-CSTD'],
    validatorMessage: 'OperationShouldHaveSuccessfulResponse',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'Only an error response.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/delete/responses',
              value: { '404': { description: 'No task has this identifier.' } },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A success and an error response.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/delete/responses',
              value: {
                '204': { description: 'The task was deleted.' },
                '404': { description: 'No task has this identifier.' },
              },
            },
          ],
        },
      ],
    },
  },
});
