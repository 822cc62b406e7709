import type { PpcRule } from '../../types';

export const triggersRules: PpcRule[] = [];
