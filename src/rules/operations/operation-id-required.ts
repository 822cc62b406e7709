import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { operationsRequiredField } from '../../functions/operations-required-field';
import { defineRule } from '../../types';

export default defineRule('ppc-operation-id-required', {
  description: 'Every operation, hidden ones included, has a non-empty `operationId`.',
  message:
    'Operation {{error}}; add a unique PascalCase operationId such as "GetTask" (Microsoft rejects operations without one).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  // The operationId identifies the action in flows and apps, so hidden operations need one too.
  then: { function: operationsRequiredField, functionOptions: { field: 'operationId', includeHidden: true } },
  'x-ppc': {
    requirements: ['operation-id-required'],
    section: '3',
    sources: ['L-SVR OperationIdRequired'],
    validatorMessage: "The 'operationId' property is required.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'An operation without an operationId.',
          edits: [{ op: 'remove', path: '/paths/~1tasks/get/operationId' }],
        },
      ],
      valid: [
        {
          description: 'Every operation has an operationId.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/operationId', value: 'ListTasks' }],
        },
      ],
    },
  },
});
