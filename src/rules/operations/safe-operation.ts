import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { operationsBoolean } from '../../functions/operations-boolean';
import { defineRule } from '../../types';

export default defineRule('ppc-safe-operation', {
  description:
    'When present, `x-ms-safe-operation`, which marks a non-GET operation as free of side effects, is a JSON boolean.',
  message:
    'x-ms-safe-operation {{error}}; use true or false without quotes (the connector schema allows only a boolean).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}['x-ms-safe-operation']`,
  then: { function: operationsBoolean },
  'x-ppc': {
    requirements: ['safe-operation'],
    section: '3',
    sources: ['R-SCH-API'],
    validatorMessage: 'JsonTypeIncorrect',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'The string "true".',
          edits: [{ op: 'set', path: '/paths/~1tasks/post/x-ms-safe-operation', value: 'true' }],
        },
      ],
      valid: [
        {
          description: 'The boolean true.',
          edits: [{ op: 'set', path: '/paths/~1tasks/post/x-ms-safe-operation', value: true }],
        },
      ],
    },
  },
});
