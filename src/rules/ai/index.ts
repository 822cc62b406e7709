import type { PpcRule } from '../../types';

export const aiRules: PpcRule[] = [];
