import type { PpcRule } from '../../types';

export const versioningRules: PpcRule[] = [];
