import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { operationsRequiredField } from '../../functions/operations-required-field';
import { defineRule } from '../../types';

export default defineRule('ppc-description-op-required', {
  description: 'Every visible operation has a non-empty `description`.',
  message:
    'Operation {{error}}; add a sentence that says what the operation does (Microsoft rejects visible operations without a description).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  then: { function: operationsRequiredField, functionOptions: { field: 'description' } },
  'x-ppc': {
    requirements: ['description-op-required'],
    section: '3',
    sources: ['L-CS checklist', 'L-CSTD', 'PR#3408'],
    validatorMessage: "The 'description' property is required. ValuePath: /paths/~1/get",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An operation without a description.',
          edits: [{ op: 'remove', path: '/paths/~1tasks/get/description' }],
        },
      ],
      valid: [
        {
          description: 'A hidden operation needs no description.',
          edits: [
            { op: 'remove', path: '/paths/~1tasks/get/description' },
            { op: 'set', path: '/paths/~1tasks/get/x-ms-visibility', value: 'internal' },
          ],
        },
      ],
    },
  },
});
