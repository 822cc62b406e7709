import { oas2 } from '@stoplight/spectral-formats';
import { extensionValue } from '../../functions/extensions-value';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';

export default defineRule('ppc-x-ms-media-kind-value', {
  description: '`x-ms-media-kind` is `image` or `audio`.',
  message: '{{error}}; use "image" or "audio" (Microsoft\'s schema allows only these values).',
  severity: 'error',
  formats: [oas2],
  given: extensionKey('x-ms-media-kind'),
  resolved: false,
  then: { function: extensionValue, functionOptions: { keys: ['x-ms-media-kind'] } },
  'x-ppc': {
    requirements: ['x-ms-media-kind'],
    section: '9',
    sources: ['R-SCH-API'],
    validatorMessage: 'The property value must be one of the following: {0}.',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An unsupported media kind.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/id/x-ms-media-kind', value: 'video' }],
        },
      ],
      valid: [
        {
          description: 'An image.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/id/x-ms-media-kind', value: 'image' }],
        },
      ],
    },
  },
});
