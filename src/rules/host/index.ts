import type { PpcRule } from '../../types';

export const hostRules: PpcRule[] = [];
