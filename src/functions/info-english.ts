import { createRulesetFunction } from '@stoplight/spectral-core';
import { quote } from '../utils/guards';
import { isHiddenInContext } from '../utils/visibility';

export interface InfoEnglishOptions {
  /**
   * `name`: a short display name (a title): any letter outside the Latin script, or mostly accented letters, is flagged.
   * `text`: running text (a description): flagged when a large share of its letters is non-Latin or accented, or
   * when it reads as French, German, Spanish, Dutch, Italian or a Scandinavian language by its function words.
   */
  kind: 'name' | 'text';
}

const ENGLISH_WORDS = new Set(
  'the and to of a an in for with your is you this that on from by it or are can be allows using use will as at all any into our their which'.split(' '),
);
// Function words of other Latin-script languages that are not English words.
const FOREIGN_WORDS = new Set(
  [
    'der das und mit ist für sie ihre ihr nicht ein eine einen dem des auf wird werden oder auch zu',
    'les le la et pour avec est une dans sur vous votre vos du au aux ce cette qui que sont',
    'el los las para del su sus este esta y una por como',
    'het een voor deze uw je kunt wordt zijn naar',
    'che della di il gli per sono nel nella questo',
    'och att med för på',
  ]
    .join(' ')
    .split(' '),
);

export interface EnglishVerdict {
  reason: string;
}

/** Why `text` does not look like English, or undefined when it may be English. Conservative: misses rather than false alarms. */
export function notEnglish(text: string, kind: 'name' | 'text'): EnglishVerdict | undefined {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return undefined;
  const nonLatin = letters.filter((c) => !/\p{Script=Latin}/u.test(c));
  const accented = letters.filter((c) => /\p{Script=Latin}/u.test(c) && !/[A-Za-z]/.test(c));
  const sample = (chars: string[]): string => quote([...new Set(chars)].slice(0, 8).join(''));
  if (kind === 'name') {
    if (nonLatin.length > 0) return { reason: `has letters outside the Latin alphabet (${sample(nonLatin)})` };
    if (letters.length >= 4 && accented.length * 2 > letters.length) return { reason: `is mostly accented letters (${sample(accented)})` };
    return undefined;
  }
  if (nonLatin.length * 5 > letters.length) return { reason: `is mostly written outside the Latin alphabet (${sample(nonLatin)})` };
  if (letters.length >= 20 && accented.length * 10 > letters.length * 3) return { reason: `is mostly accented letters (${sample(accented)})` };
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 6) return undefined;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  const foreign = words.filter((w) => FOREIGN_WORDS.has(w));
  if (foreign.length >= 3 && foreign.length > english * 2) {
    return { reason: `reads like another language (${[...new Set(foreign)].slice(0, 5).map((w) => `"${w}"`).join(', ')})` };
  }
  return undefined;
}

/**
 * Flags connector strings that are evidently not English. Non-strings and hidden elements are skipped.
 * Error text: `"<value>" has letters outside the Latin alphabet ("…")`.
 */
export const infoEnglish = createRulesetFunction<unknown, InfoEnglishOptions>(
  {
    input: null,
    options: { type: 'object', additionalProperties: false, required: ['kind'], properties: { kind: { enum: ['name', 'text'] } } },
  },
  function infoEnglish(input, options, context) {
    if (typeof input !== 'string' || isHiddenInContext(context)) return;
    const verdict = notEnglish(input.slice(0, 20000), options.kind);
    if (!verdict) return;
    return [{ message: `${quote(input)} ${verdict.reason}` }];
  },
);
