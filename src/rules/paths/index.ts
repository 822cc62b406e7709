import type { PpcRule } from '../../types';

export const pathsRules: PpcRule[] = [];
