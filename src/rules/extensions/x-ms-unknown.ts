import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { LOCATIONS_CHECKED_ELSEWHERE } from '../../catalog/extension-locations';
import { msExtensions } from '../../model';
import { AUTOREST_ONLY_KEYS, KNOWN_EXTENSIONS, knownExtension } from '../../catalog/known-extensions';

const KNOWN_KEYS = KNOWN_EXTENSIONS.map((e) => e.key);

/** Lower case, `_` as `-`, without blanks and stray punctuation: `X-MS  -Summary:` → `x-ms-summary`. */
export function normalize(key: string): string {
  return key
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-');
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), capped for speed. */
export function editDistance(a: string, b: string, cap = 4): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      best = Math.min(best, d);
    }
    if (best > cap) return cap + 1;
  }
  return rows[a.length][b.length];
}

export interface KeySuggestion {
  key: string;
  /** True when the key differs only in case, blanks or punctuation (a sure rename). */
  certain: boolean;
}

/** The known key an unknown `x-ms-*` key most likely meant, if any. */
export function suggestKnownKey(key: string): KeySuggestion | undefined {
  const lower = key.trim().toLowerCase();
  const norm = normalize(key);
  for (const known of KNOWN_KEYS)
    if (known.toLowerCase() === lower || normalize(known) === norm) return { key: known, certain: true };
  // A known key followed by junk after a blank or colon: "x-ms-summary title", "x-ms-summary:".
  const prefixed = KNOWN_KEYS.filter(
    (known) => lower.startsWith(known.toLowerCase()) && /^[\s:]/.test(lower.slice(known.length)),
  );
  if (prefixed.length > 0) return { key: prefixed.sort((a, b) => b.length - a.length)[0], certain: true };
  let best: { key: string; distance: number } | undefined;
  for (const known of KNOWN_KEYS) {
    const target = normalize(known);
    const limit = target.length >= 20 ? 3 : 2;
    const distance = editDistance(norm, target, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { key: known, distance };
  }
  return best ? { key: best.key, certain: false } : undefined;
}

const AUTOREST_LOWER = new Set(AUTOREST_ONLY_KEYS.map((k) => k.toLowerCase()));

/** Error text for one unknown key. */
export function unknownKeyMessage(key: string): string {
  if (AUTOREST_LOWER.has(key.toLowerCase())) {
    return `${quote(key)} is an AutoRest (Azure SDK generator) key that Power Platform does not know; remove it`;
  }
  const suggestion = suggestKnownKey(key);
  if (suggestion?.certain) return `${quote(key)} is not a known x-ms-* key; rename it to ${quote(suggestion.key)}`;
  if (suggestion)
    return `${quote(key)} is not a known x-ms-* key; did you mean ${quote(suggestion.key)}? Otherwise remove it`;
  return `${quote(key)} is not a known x-ms-* key; remove it or use a supported extension`;
}

/**
 * Reports every `x-ms-*`-looking key that is not in the known-extensions table, at the key itself
 * (root and info.contact keys are left to ppc-root-no-unknown-extensions and ppc-contact-no-extra-keys).
 */
export const unknownExtensions = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function unknownExtensions(input) {
    const results: IFunctionResult[] = [];
    for (const occurrence of msExtensions(input)) {
      if (knownExtension(occurrence.key) || LOCATIONS_CHECKED_ELSEWHERE.includes(occurrence.location)) continue;
      results.push({ message: unknownKeyMessage(occurrence.key), path: occurrence.path });
    }
    return results;
  },
);

export default defineRule('ppc-x-ms-unknown', {
  description: 'Every `x-ms-*` key is a Power Platform extension, spelled exactly as documented (case included).',
  message:
    "Extension {{error}} (Power Platform silently ignores unknown x-ms-* keys, so the setting is lost, and Microsoft's schema rejects them).",
  severity: 'warn',
  formats: [oas2],
  // Whole document: every extension key of the document, on every kind of object.
  given: '$',
  resolved: false,
  then: { function: unknownExtensions },
  'x-ppc': {
    requirements: ['x-ms-unknown'],
    section: '9',
    sources: ['R-SCH-API', 'CORPUS §4'],
    validatorMessage: "The property '{0}' is not allowed and must be removed.",
    specLevel: 'W',
    fix: {
      kind: 'safe',
      description:
        'Removes AutoRest keys the platform ignores and renames a misspelled label key (x-ms-summary, x-ms-trigger-hint) to the one known key it clearly means; other renames are suggestions, because the setting would start to take effect.',
    },
    examples: {
      invalid: [
        {
          description: 'A misspelled `x-ms-visibility` on a parameter: the setting is silently lost.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-visibilty', value: 'advanced' }],
        },
        {
          description: 'The wrong case: `x-ms-Summary` is not `x-ms-summary`.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/id/x-ms-Summary', value: 'Task ID' }],
        },
        {
          description: 'An AutoRest key Power Platform does not know.',
          edits: [{ op: 'set', path: '/definitions/Task/x-ms-client-name', value: 'TaskModel' }],
        },
      ],
      valid: [
        {
          description: 'Documented extensions, spelled exactly; other vendor extensions (`x-*`) are not checked.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-visibility', value: 'advanced' },
            { op: 'set', path: '/definitions/Task/x-generator-name', value: 'TaskModel' },
          ],
        },
      ],
    },
  },
});
