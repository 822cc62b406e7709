import { oas2 } from '@stoplight/spectral-formats';
import { extensionValue } from '../../functions/extensions-value';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';

export default defineRule('ppc-x-ms-capabilities-operation', {
  description: 'An operation\'s `x-ms-capabilities` is `{ "chunkTransfer": true|false }` and nothing else.',
  message:
    '{{error}}; on an operation write {"chunkTransfer": true} (testConnection and file-picker belong to the root x-ms-capabilities).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}['x-ms-capabilities']`,
  resolved: false,
  then: { function: extensionValue, functionOptions: { keys: ['x-ms-capabilities'], locations: ['operation'] } },
  'x-ppc': {
    requirements: ['x-ms-capabilities'],
    section: '9',
    sources: ['L-EXT', 'R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: '`chunkTransfer` as a string.',
          edits: [{ op: 'set', path: '/paths/~1tasks/post/x-ms-capabilities', value: { chunkTransfer: 'true' } }],
        },
        {
          description: 'A root capability on an operation.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/x-ms-capabilities',
              value: { testConnection: { operationId: 'ListTasks' } },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'Chunked upload enabled.',
          edits: [{ op: 'set', path: '/paths/~1tasks/post/x-ms-capabilities', value: { chunkTransfer: true } }],
        },
      ],
    },
  },
});
