import { oas2 } from '@stoplight/spectral-formats';
import { extensionValue } from '../../functions/extensions-value';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';

export default defineRule('ppc-x-ms-localize-default-value-type', {
  description: '`x-ms-localizeDefaultValue` is a boolean.',
  message: "{{error}}; write true or false without quotes (Microsoft's schema types it as a boolean).",
  severity: 'error',
  formats: [oas2],
  given: extensionKey('x-ms-localizeDefaultValue'),
  resolved: false,
  then: { function: extensionValue, functionOptions: { keys: ['x-ms-localizeDefaultValue'] } },
  'x-ppc': {
    requirements: ['x-ms-localizeDefaultValue'],
    section: '9',
    sources: ['R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A quoted boolean.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-localizeDefaultValue', value: 'true' }],
        },
      ],
      valid: [
        {
          description: 'A boolean.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-localizeDefaultValue', value: true }],
        },
      ],
    },
  },
});
