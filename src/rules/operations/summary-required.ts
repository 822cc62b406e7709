import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { operationsRequiredField } from '../../functions/operations-required-field';
import { defineRule } from '../../types';

export default defineRule('ppc-summary-required', {
  description: 'Every visible operation has a non-empty `summary` (the action or trigger name users see).',
  message:
    'Operation {{error}}; add a short summary such as "Get a task" (Microsoft rejects visible operations without one).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  then: { function: operationsRequiredField, functionOptions: { field: 'summary' } },
  'x-ppc': {
    requirements: ['summary-required'],
    section: '3',
    sources: ['L-CS checklist', 'L-CSTD', 'L-STR'],
    validatorMessage: "The 'summary' property is required.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An operation without a summary.',
          edits: [{ op: 'remove', path: '/paths/~1tasks/get/summary' }],
        },
      ],
      valid: [
        {
          description: 'A hidden operation needs no summary.',
          edits: [
            { op: 'remove', path: '/paths/~1tasks/get/summary' },
            { op: 'set', path: '/paths/~1tasks/get/x-ms-visibility', value: 'internal' },
          ],
        },
      ],
    },
  },
});
