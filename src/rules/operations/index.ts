import type { PpcRule } from '../../types';

export const operationsRules: PpcRule[] = [];
