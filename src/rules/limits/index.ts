import type { PpcRule } from '../../types';
import bodySchemaCount from './body-schema-count';
import schemaDepth from './schema-depth';
import totalSchemaCount from './total-schema-count';

export const limitsRules: PpcRule[] = [schemaDepth, bodySchemaCount, totalSchemaCount];
