import type { PpcRule } from '../../types';

export const extensionsRules: PpcRule[] = [];
