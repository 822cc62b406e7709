import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { linkedPath } from '../../utils/path-links';
import { documentVisits } from '../../utils/schemas-cache';

const noRefSiblings = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function noRefSiblings(input) {
    const results: IFunctionResult[] = [];
    for (const { node, place, key } of documentVisits(input)) {
      if (!('$ref' in node) || key === 'properties' || key === 'definitions') continue;
      const others = Object.keys(node).filter((k) => k !== '$ref');
      if (others.length === 0) continue;
      const list =
        others
          .slice(0, 5)
          .map((k) => `"${k}"`)
          .join(', ') + (others.length > 5 ? ', …' : '');
      results.push({
        message: `has ${others.length === 1 ? 'a sibling key' : 'sibling keys'} ${list}`,
        path: linkedPath(place, others[0]),
      });
    }
    return results;
  },
);

export default defineRule('ppc-schema-no-ref-siblings', {
  description:
    'An object holding `$ref` has no other keys: the reference replaces the whole object, so keys next to it are ignored.',
  message:
    "This $ref {{error}}; move them into the referenced definition or wrap the reference in `allOf` (siblings of $ref are ignored, and Microsoft's validator rejects them).",
  severity: 'warn',
  formats: [oas2],
  // A `$ref` can sit on a parameter, response, path item or schema anywhere: one walk of the whole document.
  given: '$',
  resolved: false,
  then: { function: noRefSiblings },
  'x-ppc': {
    requirements: ['schema-no-ref-siblings'],
    section: '7',
    sources: ['L-SVR AdditionalPropertyNotAllowedAdjacentToRef'],
    validatorMessage: 'AdditionalPropertyNotAllowedAdjacentToRef',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A description next to `$ref` in a response schema.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/post/responses/201/schema',
              value: { $ref: '#/definitions/Task', description: 'The created task.' },
            },
          ],
        },
      ],
      valid: [{ description: 'A bare reference; the description lives on the response.', edits: [] }],
    },
  },
});
