import { oas2 } from '@stoplight/spectral-formats';
import { extensionValue } from '../../functions/extensions-value';
import { defineRule } from '../../types';

export default defineRule('ppc-ai-manifest-shape', {
  description:
    'The AI plugin manifest `x-ms-openai-manifest` has `humanName`, `modelDescription`, `contactEmail` (an e-mail address) and `legalUrl` (an absolute URL).',
  message:
    '{{error}}; give humanName, modelDescription, contactEmail (an e-mail address) and legalUrl (an absolute URL), as merged AI-enabled connectors do.',
  severity: 'info',
  formats: [oas2],
  given: "$['x-ms-openai-manifest']",
  resolved: false,
  then: { function: extensionValue, functionOptions: { keys: ['x-ms-openai-manifest'], locations: ['root'] } },
  'x-ppc': {
    requirements: ['ai-manifest-shape', 'x-ms-openai-manifest'],
    section: '18',
    sources: ['CORPUS'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'A manifest without contact e-mail and legal URL.',
          edits: [
            {
              op: 'set',
              path: '/x-ms-openai-manifest',
              value: { humanName: 'Contoso Tasks', modelDescription: 'Lists and creates Contoso tasks.' },
            },
          ],
        },
        {
          description: 'An empty array instead of an object.',
          edits: [{ op: 'set', path: '/x-ms-openai-manifest', value: [] }],
        },
      ],
      valid: [
        {
          description: 'A complete manifest.',
          edits: [
            {
              op: 'set',
              path: '/x-ms-openai-manifest',
              value: {
                humanName: 'Contoso Tasks',
                modelDescription: 'Lists, creates and completes tasks in Contoso Tasks.',
                contactEmail: 'support@contoso.com',
                legalUrl: 'https://www.contoso.com/legal',
              },
            },
          ],
        },
      ],
    },
  },
});
