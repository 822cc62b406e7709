import type { PpcRule } from '../../types';

export const parametersRules: PpcRule[] = [];
