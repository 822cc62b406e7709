import { oas2 } from '@stoplight/spectral-formats';
import { extensionValue } from '../../functions/extensions-value';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';

export default defineRule('ppc-x-ms-summary-type', {
  description: '`x-ms-summary` is a string (the display name of a parameter, property, response or header).',
  message:
    '{{error}}; write the display name as a string such as "Due Date" (Microsoft\'s schema types x-ms-summary as a string).',
  severity: 'error',
  formats: [oas2],
  given: extensionKey('x-ms-summary'),
  resolved: false,
  then: { function: extensionValue, functionOptions: { keys: ['x-ms-summary'] } },
  'x-ppc': {
    requirements: ['x-ms-summary'],
    section: '9',
    sources: ['L-EXT', 'L-STR', 'R-SCH-API', 'L-SVR JsonTypeIncorrect'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A number as the display name.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/id/x-ms-summary', value: 42 }],
        },
        {
          description: 'An object where a string is expected.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-summary', value: { en: 'Status' } }],
        },
      ],
      valid: [
        {
          description: 'A short title-case string.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/id/x-ms-summary', value: 'Task ID' }],
        },
      ],
    },
  },
});
