import { oas2 } from '@stoplight/spectral-formats';
import { extensionValue } from '../../functions/extensions-value';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';

export default defineRule('ppc-ai-extension-value-type', {
  description:
    'The Copilot hint extensions have the values they are used with: `x-ms-name-for-model` and `x-ms-description-for-model` are strings, `x-ms-keywords` is a list of strings.',
  message:
    '{{error}}; fix the value (these keys are not documented by Microsoft; the shapes are those used in practice).',
  severity: 'info',
  formats: [oas2],
  given: ['x-ms-name-for-model', 'x-ms-description-for-model', 'x-ms-keywords'].map(extensionKey),
  resolved: false,
  then: {
    function: extensionValue,
    functionOptions: { keys: ['x-ms-name-for-model', 'x-ms-description-for-model', 'x-ms-keywords'] },
  },
  'x-ppc': {
    requirements: ['x-ms-name-for-model', 'x-ms-description-for-model', 'x-ms-keywords'],
    section: '9',
    sources: ['SK', 'CORPUS'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'Keywords as one comma-separated string.',
          edits: [{ op: 'set', path: '/info/x-ms-keywords', value: 'tasks, todo' }],
        },
        {
          description: 'A model description that is an object.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-description-for-model', value: { en: 'Lists tasks.' } }],
        },
      ],
      valid: [
        {
          description: 'String hints and a keyword list.',
          edits: [
            { op: 'set', path: '/info/x-ms-keywords', value: ['tasks', 'todo'] },
            { op: 'set', path: '/paths/~1tasks/get/x-ms-name-for-model', value: 'list_tasks' },
            {
              op: 'set',
              path: '/paths/~1tasks/get/x-ms-description-for-model',
              value: 'Lists the tasks of the signed-in user, optionally filtered by status.',
            },
          ],
        },
      ],
    },
  },
});
