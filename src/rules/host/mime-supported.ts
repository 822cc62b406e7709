import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isWellFormedMime, mimeBase, SUPPORTED_REQUEST_MIME_TYPES } from '../../utils/host-media';
import { quote } from '../../utils/guards';

const SUPPORTED: readonly string[] = SUPPORTED_REQUEST_MIME_TYPES;

/** Error text: `"text/json" is not a supported request MIME type`. Malformed values are left to ppc-mime-valid. */
export const mimeSupported = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function mimeSupported(input, _options, context) {
    if (!Array.isArray(input)) return;
    const results = [];
    for (const [i, item] of input.entries()) {
      if (typeof item !== 'string' || !isWellFormedMime(item) || SUPPORTED.includes(mimeBase(item))) continue;
      results.push({ message: `${quote(item)} is not a supported request MIME type`, path: [...context.path, i] });
    }
    return results;
  },
);

export default defineRule('ppc-mime-supported', {
  description:
    '`consumes` (root and operations) lists only the request MIME types the validator supports: `application/json`, `text/plain`, `multipart/form-data` and `application/x-www-form-urlencoded`.',
  message:
    'consumes {{error}}; use application/json, text/plain, multipart/form-data or application/x-www-form-urlencoded (the Microsoft validator reports other request types as not supported).',
  severity: 'warn',
  formats: [oas2],
  given: ['$.consumes', `${OPERATIONS}.consumes`],
  then: { function: mimeSupported },
  'x-ppc': {
    requirements: ['mime-valid'],
    section: '2.5',
    sources: ['L-SVR MimeTypeNotSupported'],
    validatorMessage: "…The supported mime types are: '{1}'.",
    specLevel: 'W',
    examples: {
      invalid: [
        { description: 'An XML request body.', edits: [{ op: 'set', path: '/consumes', value: ['application/xml'] }] },
      ],
      valid: [
        {
          description: 'JSON with a charset.',
          edits: [{ op: 'set', path: '/consumes', value: ['application/json; charset=utf-8'] }],
        },
      ],
    },
  },
});
