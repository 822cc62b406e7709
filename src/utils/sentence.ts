/** Ends with sentence punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?。！？…]["'”’)\]]*$/u;

/**
 * The one test every "sentence" rule applies: true when a description should end like a sentence and does not.
 * Blank text and a single word (a label such as "Status", an identifier, a URL) are not asked to be sentences;
 * the meaningful-text rules judge those. A trailing "(deprecated)" label also counts as an ending.
 */
export function lacksSentenceEnd(text: string): boolean {
  const t = text.trim();
  if (t === '' || !/\s/.test(t)) return false;
  return !SENTENCE_END.test(t) && !/\(deprecated\)$/i.test(t);
}
