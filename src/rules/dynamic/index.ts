import type { PpcRule } from '../../types';

export const dynamicRules: PpcRule[] = [];
