import { oas2 } from '@stoplight/spectral-formats';
import { extensionValue } from '../../functions/extensions-value';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';

/**
 * Errors only on values the platform cannot read. Capitalised values ("Advanced") and "" / null, which L-VER
 * shows and 5 merged certified connectors use (requirements §22 item 6), are left to the warning-level
 * casing and empty-value rules.
 */
export default defineRule('ppc-x-ms-visibility-value', {
  description: '`x-ms-visibility` is one of `important`, `advanced` or `internal`; leave it out for normal visibility.',
  message:
    '{{error}}; use "important", "advanced" or "internal", or remove the key for normal visibility (Microsoft\'s schema allows only these values).',
  severity: 'error',
  formats: [oas2],
  given: extensionKey('x-ms-visibility'),
  resolved: false,
  then: { function: extensionValue, functionOptions: { keys: ['x-ms-visibility'], lenient: true } },
  'x-ppc': {
    requirements: ['x-ms-visibility'],
    section: '9',
    sources: ['L-EXT', 'R-SCH-API', 'L-STR', 'L-VER', 'L-SVR JsonValueNotInEnum'],
    validatorMessage: 'The property value must be one of the following: {0}.',
    specLevel: 'E',
    fix: {
      kind: 'safe',
      description:
        'Trims and lower-cases a value that is "important", "advanced" or "internal" apart from blanks and case; other values are left to the author.',
    },
    examples: {
      invalid: [
        {
          description: 'A value outside the enum.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-visibility', value: 'hidden' }],
        },
        {
          description: 'A boolean instead of a string.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/id/x-ms-visibility', value: true }],
        },
      ],
      valid: [
        {
          description: 'An advanced parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-visibility', value: 'advanced' }],
        },
        {
          description: 'The capitalised form L-VER shows is read too (the casing rule warns about it).',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-visibility', value: 'Important' }],
        },
      ],
    },
  },
});
