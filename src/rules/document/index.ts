import type { PpcRule } from '../../types';

export const documentRules: PpcRule[] = [];
