import type { PpcRule } from '../../types';

export const schemasRules: PpcRule[] = [];
