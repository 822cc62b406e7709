import type { PpcRule } from '../../types';

export const limitsRules: PpcRule[] = [];
