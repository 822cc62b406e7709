import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';

const MAX = 80;

const operationIdLength = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function operationIdLength(input) {
    if (typeof input !== 'string') return;
    const length = [...input].length;
    if (length <= MAX) return;
    return [{ message: `${quote(input)} has ${length} characters` }];
  },
);

export default defineRule('ppc-operation-id-max-length', {
  description: 'operationIds are at most 80 characters long.',
  message: `operationId {{error}}; shorten it to ${MAX} characters or fewer (the validator rejects over-long operationIds: OperationIdTooLong; its exact limit is undocumented).`,
  severity: 'warn',
  formats: [oas2],
  given: `${OPERATIONS}.operationId`,
  then: { function: operationIdLength },
  'x-ppc': {
    requirements: ['operation-id-max-length', 'limit-operation-id-length'],
    section: '3',
    sources: ['L-SVR OperationIdTooLong'],
    validatorMessage: 'OperationIdTooLong',
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'An 88-character operationId.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/operationId',
              value: `ListTasks${'ForTheSignedInUser'.repeat(4)}AndTeam`,
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A short operationId.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/operationId', value: 'ListTasks' }],
        },
      ],
    },
  },
});
