import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';

/**
 * The `x-ms-*` keys Power Platform reads at the document root: the three of the repo schema, plus
 * `x-ms-openai-manifest`, which the schema lacks but merged AI-enabled connectors use (requirements 9).
 */
export const ROOT_EXTENSIONS = [
  'x-ms-capabilities',
  'x-ms-connector-metadata',
  'x-ms-docs',
  'x-ms-openai-manifest',
] as const;

/** Where misplaced root extensions belong. */
const BELONGS_ELSEWHERE: Record<string, string> = {
  'x-ms-openai-data': 'operations',
  'x-ms-api-annotation': 'info or operations',
  'x-ms-deployment-version': 'info',
  'x-ms-keywords': 'info',
  'x-ms-notification-content': 'path items',
  'x-ms-visibility': 'operations, parameters and schemas',
};

/** Edit distance between two short strings (for spelling suggestions). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Root `x-ms-*` keys the platform does not know there. Error text: `"x-ms-parameterized-host" is not a
 * root extension of Power Platform`, `"x-ms-conector-metadata" is not a root extension (did you mean
 * "x-ms-connector-metadata"?)`.
 */
export const rootNoUnknownExtensions = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function rootNoUnknownExtensions(input) {
    if (!isObject(input)) return;
    const known = ROOT_EXTENSIONS as readonly string[];
    const results = [];
    for (const key of Object.keys(input)) {
      if (!key.toLowerCase().startsWith('x-ms-') || known.includes(key)) continue;
      const sameButCase = known.find((k) => distance(k, key.toLowerCase()) <= 2);
      const elsewhere = BELONGS_ELSEWHERE[key.toLowerCase()];
      const hint = sameButCase
        ? ` (did you mean ${quote(sameButCase)}?)`
        : elsewhere
          ? ` (it belongs on ${elsewhere})`
          : '';
      results.push({ message: `${quote(key)} is not a root extension of Power Platform${hint}`, path: [key] });
    }
    return results;
  },
);

export default defineRule('ppc-root-no-unknown-extensions', {
  description:
    'The only `x-ms-*` keys at the document root are `x-ms-capabilities`, `x-ms-connector-metadata`, `x-ms-docs` and `x-ms-openai-manifest`.',
  message:
    'Root extension {{error}}; move it where it belongs or remove it (the platform ignores it and the repo schema rejects it).',
  severity: 'warn',
  formats: [oas2],
  // Whole document: it checks the root object's own keys.
  given: '$',
  resolved: false,
  then: { function: rootNoUnknownExtensions },
  'x-ppc': {
    requirements: ['root-no-unknown-keys'],
    section: '2.1',
    sources: ['R-SCH-API', 'L-SVR ExtensionNameNotValid', 'CORPUS'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'An AutoRest extension Power Platform does not support.',
          edits: [{ op: 'set', path: '/x-ms-parameterized-host', value: { hostTemplate: '{region}.contoso.com' } }],
        },
        {
          description: 'An operation extension placed at the root.',
          edits: [{ op: 'set', path: '/x-ms-openai-data', value: { 'openai-enabled': true } }],
        },
      ],
      valid: [
        {
          description: 'Documentation links in `x-ms-docs`.',
          edits: [
            {
              op: 'set',
              path: '/x-ms-docs',
              value: [{ url: 'https://docs.contoso.com', description: 'Contoso Tasks documentation' }],
            },
          ],
        },
      ],
    },
  },
});
