import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { msExtensions } from '../../model';
import { knownExtension } from '../../catalog/known-extensions';

/** Reports the AutoRest keys the repository schema accepts but Power Platform ignores. */
export const autorestExtensions = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function autorestExtensions(input) {
    const results: IFunctionResult[] = [];
    for (const occurrence of msExtensions(input)) {
      if (knownExtension(occurrence.key)?.status !== 'autorest') continue;
      const hint = occurrence.key === 'x-ms-enum' ? ', and give display names with x-ms-enum-values' : '';
      results.push({
        message: `${occurrence.key} is an AutoRest key that Power Platform ignores; remove it${hint}`,
        path: occurrence.path,
      });
    }
    return results;
  },
);

export default defineRule('ppc-x-ms-autorest-ignored', {
  description:
    'The definition carries no AutoRest-only extensions (`x-ms-enum`, `x-ms-parameter-location`, `x-ms-skip-url-encoding`): Power Platform ignores them.',
  message: "{{error}} (Microsoft's schema accepts it only for convenience).",
  severity: 'info',
  formats: [oas2],
  // Whole document: every extension key of the document, on every kind of object.
  given: '$',
  resolved: false,
  then: { function: autorestExtensions },
  'x-ppc': {
    requirements: ['x-ms-autorest-ignored'],
    section: '9',
    sources: ['R-SCH-API'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'An AutoRest enum description on a schema.',
          edits: [
            {
              op: 'set',
              path: '/definitions/Task/properties/status/x-ms-enum',
              value: { name: 'TaskStatus', modelAsString: true },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'Display names with the Power Platform extension instead.',
          edits: [
            { op: 'set', path: '/definitions/Task/properties/status/enum', value: ['open', 'done'] },
            {
              op: 'set',
              path: '/definitions/Task/properties/status/x-ms-enum-values',
              value: [
                { value: 'open', displayName: 'Open' },
                { value: 'done', displayName: 'Done' },
              ],
            },
          ],
        },
      ],
    },
  },
});
