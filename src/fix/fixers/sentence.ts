import type { Fixer } from '../types';
import { rewriteString } from './shared';

/**
 * The description with its final period, when that is its only defect: one line that ends with a letter, a digit
 * or ")" and not with a link (a period would read as part of the address). Blanks at either end are trimmed.
 */
export function withFinalPeriod(description: string): string | undefined {
  const text = description.trim();
  if (text === '' || /[\r\n]/.test(text) || !/[\p{L}\p{N})]$/u.test(text)) return undefined;
  const lastWord = text.split(/\s+/).pop() ?? '';
  if (/:\/\/|^www\./i.test(lastWord)) return undefined;
  return `${text}.`;
}

export const fixSentence: Fixer = (input) => rewriteString(input, withFinalPeriod);
