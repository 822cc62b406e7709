import type { Fixer } from '../types';
import { rewriteString } from './shared';

/** "List tasks. " → "List tasks": drop what follows the last letter, digit or ")". */
export const fixSummaryTrailingPunct: Fixer = (input) =>
  rewriteString(input, (summary) =>
    summary
      .trim()
      .replace(/(?<![^\p{L}\p{N})])[^\p{L}\p{N})]+$/u, '')
      .trim(),
  );
