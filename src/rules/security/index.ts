import type { PpcRule } from '../../types';

export const securityRules: PpcRule[] = [];
