import type { JsonPath } from '@stoplight/types';
import { quote, show } from './guards';

/**
 * Why a required text field is unusable, and where to point: absent (at the owner), blank or not a string (at the
 * field).
 */
export function missingText(
  owner: Record<string, unknown>,
  field: string,
): { text: string; path: JsonPath } | undefined {
  const value = owner[field];
  if (value === undefined || value === null) return { text: `has no "${field}"`, path: [] };
  if (typeof value !== 'string') return { text: `has a non-string "${field}" (${show(value, 30)})`, path: [field] };
  if (value.trim() === '') return { text: `has an empty "${field}"`, path: [field] };
  return undefined;
}

/** Short words that title case leaves in lower case (unless first). */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'off',
  'on',
  'per',
  'to',
  'up',
  'via',
  'vs',
  'with',
  'from',
  'into',
  'onto',
  'over',
  'than',
  'if',
  'is',
  'be',
  'e.g.',
  'i.e.',
  'etc',
]);

/**
 * The first word that breaks title case, or undefined. A word breaks it when it starts with a lower-case letter,
 * has no other upper-case letter (so identifiers such as `iPhone` or `eTag` pass) and is not a minor word
 * (`of`, `and`, …) after the first position.
 */
export function titleCaseBreak(text: string): string | undefined {
  const words = text
    .trim()
    .split(/[\s/]+/)
    .filter((w) => w.length > 0);
  for (let i = 0; i < words.length; i++) {
    const word = words[i].replace(/^[("'[{]+/, '');
    const bare = word.replace(/(?<![)"'\]},.:;!?])[)"'\]},.:;!?]+$/, '');
    if (!/^\p{Ll}/u.test(bare)) continue;
    if (/\p{Lu}/u.test(bare)) continue;
    if (i > 0 && MINOR_WORDS.has(bare.toLowerCase())) continue;
    return bare;
  }
  return undefined;
}

/** Text for comparisons: lower case, letters and digits only. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A value as JSON-like text for messages: strings quoted, others as written (cut when long). */
export function literal(value: unknown, max = 40): string {
  return typeof value === 'string' ? quote(value, max) : show(value, max);
}
