import { quote } from './guards';

/**
 * Conservative "is this English?" heuristics for ValueMustBeInEnglish (titles, descriptions, summaries).
 * They miss rather than raise false alarms: only other scripts, mostly accented text, or several function
 * words of other Latin-script languages with few English ones count.
 */

/** English function words (and the verbs summaries start with): one of them weakens a foreign verdict. */
const ENGLISH_WORDS = new Set(
  [
    'the and to of a an in for with your is you this that on from by it or are can be allows using use will as at',
    'all any into our their which new get list create update delete',
  ]
    .join(' ')
    .split(' '),
);

/** Function words of French, German, Spanish, Portuguese, Dutch, Italian and Swedish that are not English words. */
const FOREIGN_WORDS = new Set(
  [
    'der das und mit ist für sie ihre ihr nicht ein eine einen einer dem des auf wird werden oder auch zu von zum zur',
    'les le la et pour avec est une dans sur vous votre vos du au aux ce cette qui que sont',
    'el los las para del su sus este esta y una por como con',
    'uma não com dos',
    'het een voor deze uw je kunt wordt zijn naar niet',
    'che della di il gli per sono nel nella questo',
    'och att med för på',
  ]
    .join(' ')
    .split(' '),
);

/**
 * `name`: a short display name (a title); `phrase`: a short phrase (a summary); `text`: running text
 * (a description).
 */
export type TextKind = 'name' | 'phrase' | 'text';

/** Why `text` does not look like English, or undefined when it may be English. */
export function notEnglish(text: string, kind: TextKind): string | undefined {
  const letters = text.slice(0, 20000).match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return undefined;
  const nonLatin = letters.filter((c) => !/\p{Script=Latin}/u.test(c));
  const accented = letters.filter((c) => /\p{Script=Latin}/u.test(c) && !/[A-Za-z]/.test(c));
  const sample = (chars: string[]): string => quote([...new Set(chars)].slice(0, 8).join(''));
  const words =
    text
      .slice(0, 20000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  const foreign = words.filter((w) => FOREIGN_WORDS.has(w));
  const foreignList = (): string =>
    [...new Set(foreign)]
      .slice(0, 5)
      .map((w) => quote(w))
      .join(', ');

  if (kind === 'name' || kind === 'phrase') {
    if (nonLatin.length > 0) return `has letters outside the Latin alphabet (${sample(nonLatin)})`;
    if (kind === 'name') {
      return letters.length >= 4 && accented.length * 2 > letters.length
        ? `is mostly accented letters (${sample(accented)})`
        : undefined;
    }
    // A phrase: two signals (distinct foreign words, accents) and no English word.
    const signals = new Set(foreign).size + (accented.length > 0 ? 1 : 0);
    if (english > 0 || signals < 2) return undefined;
    return `reads like another language (${[foreignList(), accented.length > 0 ? sample(accented) : ''].filter(Boolean).join(', ')})`;
  }
  if (nonLatin.length * 5 > letters.length) return `is mostly written outside the Latin alphabet (${sample(nonLatin)})`;
  if (letters.length >= 20 && accented.length * 10 > letters.length * 3)
    return `is mostly accented letters (${sample(accented)})`;
  if (words.length >= 6 && foreign.length >= 3 && foreign.length > english * 2)
    return `reads like another language (${foreignList()})`;
  return undefined;
}
