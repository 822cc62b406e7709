import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { limitFunction, taskResponseSchema } from './shared';
import { schemaDepth } from '../../utils/schemas-depth';
import { connectorModel, pathKey, schemaRoots } from '../../model';

/** The platform's maximum is not documented; 32 is an assumption (the deepest merged connector measures 14). */
export const MAX_SCHEMA_DEPTH = 32;

const schemaDepthCheck = limitFunction(function schemaDepthCheck(input, options) {
  const results: IFunctionResult[] = [];
  const memo = new Map<unknown, number>();
  const reported = new Set<string>();
  for (const root of schemaRoots(connectorModel(input), 'expanded')) {
    if (root.role === 'parameter') continue;
    const key = pathKey(root.path);
    if (reported.has(key)) continue;
    const depth = schemaDepth(input, root.schema, options.max + 1, memo);
    if (depth <= options.max) continue;
    reported.add(key);
    results.push({
      message: `is nested ${depth > options.max + 1 ? 'more than ' : ''}${Math.min(depth, options.max + 1)} levels deep`,
      path: root.path,
    });
  }
  return results;
});

export default defineRule('ppc-schema-depth', {
  description: `Body and response schemas, with \`$ref\`s expanded, are nested at most ${MAX_SCHEMA_DEPTH} levels deep (the platform's limit is undocumented; ${MAX_SCHEMA_DEPTH} is assumed).`,
  message: `This schema {{error}} ($refs expanded); flatten it to ${MAX_SCHEMA_DEPTH} levels or fewer (the platform rejects schemas that are too deep: SchemaTooDeep).`,
  severity: 'warn',
  formats: [oas2],
  // Whole document: every schema root of the document (definitions and operations), walked once.
  given: '$',
  resolved: false,
  then: { function: schemaDepthCheck, functionOptions: { max: MAX_SCHEMA_DEPTH } },
  'x-ppc': {
    requirements: ['schema-depth', 'limit-schema-depth'],
    section: '7',
    sources: ['L-SVR SchemaTooDeep'],
    validatorMessage: 'SchemaTooDeep',
    specLevel: 'W',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A response nested 34 levels deep.',
          edits: [taskResponseSchema(nested(34))],
        },
      ],
      valid: [
        {
          description: 'A response nested 10 levels deep.',
          edits: [taskResponseSchema(nested(10))],
        },
      ],
    },
  },
});

/** An object schema with `levels` nested `child` objects. */
function nested(levels: number): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: 'string', description: 'The leaf value.' };
  for (let i = 0; i < levels; i++) schema = { type: 'object', properties: { child: schema } };
  return schema;
}
