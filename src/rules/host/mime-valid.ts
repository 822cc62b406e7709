import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isWellFormedMime } from '../../utils/host-media';
import { jsonValue, quote } from '../../utils/guards';

/**
 * Checks a `consumes`/`produces` list holds well-formed MIME types.
 * Error text: `MIME type "json" is not of the form type/subtype`.
 */
export const mimeValid = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function mimeValid(input, _options, context) {
    const key = String(context.path[context.path.length - 1] ?? 'consumes');
    if (!Array.isArray(input)) return [{ message: `"${key}" ${jsonValue(input)} is not an array of MIME types` }];
    const results = [];
    for (const [i, item] of input.entries()) {
      if (typeof item !== 'string') {
        results.push({ message: `"${key}" item ${jsonValue(item)} is not a string`, path: [...context.path, i] });
        continue;
      }
      if (isWellFormedMime(item)) continue;
      const hint = /(?<![,\s])[,\s]\s*[A-Za-z*]+\/[A-Za-z*]/.test(item)
        ? ' (list each MIME type as a separate item)'
        : '';
      results.push({
        message: `MIME type ${quote(item)} is not of the form type/subtype${hint}`,
        path: [...context.path, i],
      });
    }
    return results;
  },
);

export default defineRule('ppc-mime-valid', {
  description:
    '`consumes` and `produces` (root and operations) are arrays of well-formed MIME types such as `application/json`.',
  message:
    '{{error}}; write MIME types as type/subtype, e.g. "application/json" (Microsoft rejects malformed MIME types).',
  severity: 'error',
  formats: [oas2],
  given: ['$.consumes', '$.produces', `${OPERATIONS}.consumes`, `${OPERATIONS}.produces`],
  then: { function: mimeValid },
  'x-ppc': {
    requirements: ['mime-valid'],
    section: '2.5',
    sources: ['L-SVR MimeTypeNotValid'],
    specLevel: 'E/W',
    examples: {
      invalid: [
        { description: 'A MIME type without a subtype.', edits: [{ op: 'set', path: '/produces', value: ['json'] }] },
        {
          description: 'Two MIME types in one item.',
          edits: [{ op: 'set', path: '/consumes', value: ['application/json, text/plain'] }],
        },
      ],
      valid: [
        {
          description: 'A MIME type with a parameter.',
          edits: [{ op: 'set', path: '/produces', value: ['application/json; charset=utf-8'] }],
        },
      ],
    },
  },
});
