import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject, jsonValue } from '../../utils/guards';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';

/** Error text: `is missing`, `is empty` or `"https" is not an array` (strings quoted, other values as JSON). */
export const schemesNonEmpty = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function schemesNonEmpty(input) {
    if (!isObject(input)) return;
    const schemes = input.schemes;
    if (schemes === undefined || schemes === null) return [{ message: 'is missing', path: [] }];
    if (!Array.isArray(schemes)) return [{ message: `${jsonValue(schemes)} is not an array`, path: ['schemes'] }];
    if (schemes.length === 0) return [{ message: 'is empty', path: ['schemes'] }];
    return;
  },
);

export default defineRule('ppc-schemes-nonempty', {
  description: 'The root `schemes` array lists at least one scheme (normally `["https"]`).',
  message:
    'schemes {{error}}; set "schemes": ["https"] (Microsoft rejects an empty schemes array, and paconn builds the backend URL from schemes[0]).',
  severity: 'error',
  formats: [oas2],
  // Whole document: a missing `schemes` is the finding, so the rule looks at the root.
  given: '$',
  then: { function: schemesNonEmpty },
  'x-ppc': {
    requirements: ['schemes-nonempty'],
    section: '2.5',
    sources: ['L-SVR SchemesArrayEmpty'],
    specLevel: 'E',
    examples: {
      invalid: [
        { description: 'An empty schemes array.', edits: [{ op: 'set', path: '/schemes', value: [] }] },
        { description: 'No schemes.', edits: [{ op: 'remove', path: '/schemes' }] },
      ],
      valid: [{ description: 'HTTPS only.', edits: [{ op: 'set', path: '/schemes', value: ['https'] }] }],
    },
  },
});
