import type { PpcRule } from '../../types';

export const responsesRules: PpcRule[] = [];
