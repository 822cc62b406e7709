import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import type { JsonPath } from '@stoplight/types';
import { defineRule } from '../../types';
import { limitFunction, taskResponseSchema } from './shared';
import { isObject } from '../../utils/guards';
import { nodeCounter } from '../../utils/schemas-count';
import { connectorModel, pathKey, schemaRoots } from '../../model';

export const MAX_BODY_SCHEMAS = 512;

const bodySchemaCount = limitFunction(function bodySchemaCount(input, options) {
  const counter = nodeCounter(input);
  const roots: Array<{ schema: unknown; path: JsonPath }> = [];
  // Each definition is counted on its own (the import error names `definitions/<name>`), and each body or
  // response schema that is more than a bare reference to one.
  if (isObject(input) && isObject(input.definitions)) {
    for (const [name, schema] of Object.entries(input.definitions)) roots.push({ schema, path: ['definitions', name] });
  }
  for (const root of schemaRoots(connectorModel(input), 'expanded')) {
    if (root.role === 'parameter') continue;
    if (isObject(root.schema) && typeof root.schema.$ref === 'string' && root.schema.$ref.startsWith('#/definitions/'))
      continue;
    roots.push(root);
  }
  const results: IFunctionResult[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    const key = pathKey(root.path);
    if (seen.has(key)) continue;
    seen.add(key);
    const count = counter.count(root.schema);
    if (count > options.max)
      results.push({ message: `has ${count.toLocaleString('en-US')} schema nodes`, path: root.path });
  }
  return results;
});

export default defineRule('ppc-body-schema-count', {
  description: `A body, response or definition schema has at most ${MAX_BODY_SCHEMAS} schema nodes, counting properties and items recursively with \`$ref\`s expanded.`,
  message: `This schema {{error}} ($refs expanded; the platform allows ${MAX_BODY_SCHEMAS} per body); split the operation or trim rarely used properties (import fails with "exceeds the max schema count").`,
  severity: 'error',
  formats: [oas2],
  // Whole document: every schema root of the document (definitions and operations), walked once.
  given: '$',
  resolved: false,
  then: { function: bodySchemaCount, functionOptions: { max: MAX_BODY_SCHEMAS } },
  'x-ppc': {
    requirements: ['body-schema-count', 'limit-body-schemas'],
    section: '7',
    sources: ['L-FAQ', 'L-SVR BodySchemaCountExceedsMaxAllowed', 'IS#1088'],
    validatorMessage: "The total number of schemas in the object exceeds the max schema count allowed value of '512'.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A response object with 600 properties.',
          edits: [taskResponseSchema(wide(600))],
        },
      ],
      valid: [
        {
          description: 'A response object with 100 properties.',
          edits: [taskResponseSchema(wide(100))],
        },
      ],
    },
  },
});

/** An object schema with `n` string properties. */
function wide(n: number): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (let i = 1; i <= n; i++) properties[`field${i}`] = { type: 'string' };
  return { type: 'object', properties };
}
