import type { PpcRule } from '../../types';

export const metadataRules: PpcRule[] = [];
