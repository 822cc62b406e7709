import { oas2 } from '@stoplight/spectral-formats';
import { extensionValue } from '../../functions/extensions-value';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';

export default defineRule('ppc-x-ms-trigger-hint-type', {
  description: '`x-ms-trigger-hint` is a string that tells the user how to fire the trigger.',
  message:
    '{{error}}; write a sentence such as "To see it work, create a task." (Microsoft\'s schema types it as a string).',
  severity: 'error',
  formats: [oas2],
  given: extensionKey('x-ms-trigger-hint'),
  resolved: false,
  then: { function: extensionValue, functionOptions: { keys: ['x-ms-trigger-hint'] } },
  'x-ppc': {
    requirements: ['x-ms-trigger-hint'],
    section: '9',
    sources: ['L-EXT', 'R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A list of strings.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-trigger-hint', value: ['Create a task.'] }],
        },
      ],
      valid: [
        {
          description: 'A one-sentence hint.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-trigger-hint', value: 'To see it work, create a task.' }],
        },
      ],
    },
  },
});
