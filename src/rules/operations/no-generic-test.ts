import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { operationsBoolean } from '../../functions/operations-boolean';
import { defineRule } from '../../types';

export default defineRule('ppc-no-generic-test', {
  description:
    "When present, `x-ms-no-generic-test`, which keeps Microsoft's generic tests from calling the operation, is a JSON boolean.",
  message:
    'x-ms-no-generic-test {{error}}; use true or false without quotes (the connector schema allows only a boolean).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}['x-ms-no-generic-test']`,
  then: { function: operationsBoolean },
  'x-ppc': {
    requirements: ['no-generic-test'],
    section: '3',
    sources: ['R-SCH-API'],
    validatorMessage: 'JsonTypeIncorrect',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'The string "true".',
          edits: [{ op: 'set', path: '/paths/~1tasks/post/x-ms-no-generic-test', value: 'true' }],
        },
      ],
      valid: [
        {
          description: 'The boolean true.',
          edits: [{ op: 'set', path: '/paths/~1tasks/post/x-ms-no-generic-test', value: true }],
        },
      ],
    },
  },
});
