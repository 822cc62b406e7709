import type { Fixer } from '../types';
import { rewriteString } from './shared';

const VALUES = ['important', 'advanced', 'internal'];

/** " Advanced" → "advanced": the platform reads any casing, so lower-casing keeps behaviour. */
export const fixVisibilityValue: Fixer = (input) =>
  rewriteString(input, (value) => {
    const lower = value.trim().toLowerCase();
    return VALUES.includes(lower) ? lower : undefined;
  });
