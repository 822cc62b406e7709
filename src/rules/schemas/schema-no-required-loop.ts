import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import type { JsonPath } from '@stoplight/types';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { refToPath } from '../../model/refs';

interface Edge {
  to: string;
  /** Where the requirement is written (the `required` entry or the `allOf` member). */
  path: JsonPath;
}

/** The definition name a `#/definitions/<name>` reference points to. */
function definitionName(ref: unknown): string | undefined {
  const path = refToPath(ref);
  return path && path.length === 2 && path[0] === 'definitions' ? String(path[1]) : undefined;
}

/**
 * Definitions that an instance of `schema` must contain: through required properties that are (or inline-wrap)
 * references, and through `allOf` references (inheritance carries the parent's required properties).
 */
function requiredEdges(schema: unknown, path: JsonPath, edges: Edge[], depth = 0): void {
  if (!isObject(schema) || depth > 16) return;
  if (Array.isArray(schema.allOf)) {
    schema.allOf.forEach((member, i) => {
      const target = isObject(member) ? definitionName(member.$ref) : undefined;
      if (target !== undefined) edges.push({ to: target, path: [...path, 'allOf', i] });
      else requiredEdges(member, [...path, 'allOf', i], edges, depth + 1);
    });
  }
  if (!Array.isArray(schema.required) || !isObject(schema.properties)) return;
  const properties = schema.properties;
  schema.required.forEach((name, i) => {
    if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(properties, name)) return;
    const prop = properties[name];
    if (!isObject(prop)) return;
    const target = definitionName(prop.$ref);
    if (target !== undefined) edges.push({ to: target, path: [...path, 'required', i] });
    else if (prop.type === 'object' || (prop.type === undefined && prop.properties !== undefined))
      requiredEdges(prop, [...path, 'properties', name], edges, depth + 1);
  });
}

const noRequiredLoop = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function noRequiredLoop(input, _options, context) {
    if (!isObject(input)) return;
    const graph = new Map<string, Edge[]>();
    for (const [name, schema] of Object.entries(input)) {
      const edges: Edge[] = [];
      requiredEdges(schema, [name], edges);
      graph.set(name, edges);
    }
    // Depth-first search for cycles; each cycle is reported once, at the edge that closes it.
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const results: Array<{ message: string; path: JsonPath }> = [];
    const reported = new Set<string>();
    const visit = (name: string): void => {
      state.set(name, 'open');
      stack.push(name);
      for (const edge of graph.get(name) ?? []) {
        if (!graph.has(edge.to)) continue;
        const s = state.get(edge.to);
        if (s === 'open') {
          const cycle = [...stack.slice(stack.indexOf(edge.to)), edge.to];
          const key = [...cycle.slice(0, -1)].sort().join('\u0000');
          if (!reported.has(key)) {
            reported.add(key);
            results.push({ message: cycle.map((n) => `"${n}"`).join(' → '), path: [...context.path, ...edge.path] });
          }
        } else if (s === undefined && stack.length < 256) visit(edge.to);
      }
      stack.pop();
      state.set(name, 'done');
    };
    for (const name of graph.keys()) if (!state.has(name)) visit(name);
    return results;
  },
);

export default defineRule('ppc-schema-no-required-loop', {
  description:
    'No definition requires itself through a chain of required properties (or `allOf` parents): such a payload could never be finite.',
  message:
    'Required properties form a loop: {{error}}; make one property of the loop optional (Microsoft rejects required loops in schemas).',
  severity: 'error',
  formats: [oas2],
  given: '$.definitions',
  resolved: false,
  then: { function: noRequiredLoop },
  'x-ppc': {
    requirements: ['schema-no-required-loop'],
    section: '7',
    sources: ['L-SVR RequiredLoopInSchemaNotAllowed'],
    validatorMessage: 'RequiredLoopInSchemaNotAllowed',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A task that requires a parent task.',
          edits: [
            { op: 'set', path: '/definitions/Task/properties/parent', value: { $ref: '#/definitions/Task' } },
            { op: 'set', path: '/definitions/Task/required', value: ['parent'] },
          ],
        },
      ],
      valid: [
        {
          description: 'An optional parent task (recursion without a required loop).',
          edits: [{ op: 'set', path: '/definitions/Task/properties/parent', value: { $ref: '#/definitions/Task' } }],
        },
      ],
    },
  },
});
