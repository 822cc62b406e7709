import type { Fixer } from '../types';
import { rewriteString, tidySpaces } from './shared';

/**
 * Separators that can become a space without changing what the summary says. Apostrophes, periods, `+`, `@`
 * and letters outside A-Z (`é`) carry meaning, so a summary with any of them gets no fix.
 */
const SEPARATORS = /[-_,;:|"`[\]{}–—\t\u00a0]/g;

export function alnumParensSummary(summary: string): string | undefined {
  // The final punctuation belongs to ppc-summary-no-trailing-punct; keep it for that rule's fix.
  const body = summary.replace(/(?<![^\p{L}\p{N})])[^\p{L}\p{N})]+$/u, '');
  const tail = summary.slice(body.length);
  const cleaned = body.replace(SEPARATORS, ' ');
  if (/[^A-Za-z0-9 ()/\\<>*%&?]/.test(cleaned)) return undefined;
  return `${tidySpaces(cleaned)}${tail}`;
}

export const fixSummaryAlnumParens: Fixer = (input) => rewriteString(input, alnumParensSummary);
