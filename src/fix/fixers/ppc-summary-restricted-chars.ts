import type { Fixer } from '../types';
import { rewriteString, tidySpaces } from './shared';

/** Words for the restricted characters: "Create/Update" → "Create or Update", "Q&A" → "Q and A". */
export function withoutRestrictedChars(summary: string): string {
  const text = summary
    .replace(/\band\/or\b/gi, 'or')
    .replace(/(?<=[\p{L}\p{N}])\s*[/\\]\s*(?=[\p{L}\p{N}])/gu, ' or ')
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent ')
    .replace(/[/\\<>*?]/g, ' ');
  return tidySpaces(text);
}

export const fixSummaryRestrictedChars: Fixer = (input) => rewriteString(input, withoutRestrictedChars);
