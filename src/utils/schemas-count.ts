import { isObject } from './guards';
import { childSchemas } from '../model/schema-children';
import { perDocument } from '../model/memo';
import { followRef, followToObject } from '../model/refs';

/**
 * Linear-time schema-node counting with `$ref`s expanded, for the body and total limits (requirements.md 7 and 16).
 *
 * It counts the same nodes as `operations-schema-count.ts` (every schema object reached through `properties`,
 * `items`, `additionalProperties`, `allOf`, `anyOf` and `oneOf`; a `$ref` counts as its target, not as a node of
 * its own; a reference back into a schema being expanded counts as one node and is not expanded again), but
 * memoises the count of each schema object. A definition used a thousand times is counted once, so a document
 * whose references expand to billions of nodes (a "diamond" of `$ref`s) costs time linear in its size. Counts
 * saturate at SATURATION. Never throws.
 */
export const SATURATION = 1_000_000_000;

/** Deeper nesting than this is counted as one node (guards the recursion of absurd documents). */
const MAX_NESTING = 512;

export interface NodeCounter {
  /** Nodes of one schema (0 for anything that is not an object). */
  count(schema: unknown): number;
}

function createCounter(doc: unknown): NodeCounter {
  const memo = new Map<unknown, number>();
  const onStack = new Set<unknown>();
  const count = (raw: unknown, nesting: number): number => {
    if (!isObject(raw)) return 0;
    const target = followRef(doc, raw, []).node;
    if (!isObject(target) || (target !== raw && onStack.has(target))) return 1;
    const node: Record<string, unknown> = target;
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (onStack.has(node) || nesting > MAX_NESTING) return 1;
    onStack.add(node);
    let total = 1;
    for (const child of childSchemas(node)) {
      if (child.segments[0] === 'not') continue; // the platform's count leaves `not` out
      total += count(child.schema, nesting + 1);
      if (total >= SATURATION) {
        total = SATURATION;
        break;
      }
    }
    onStack.delete(node);
    memo.set(node, total);
    return total;
  };
  return { count: (schema) => count(schema, 0) };
}

/** One memoising counter per document, shared by the rules that count. */
export const nodeCounter = perDocument((doc): NodeCounter => createCounter(doc));

/**
 * Schema nodes of one operation, counted like `countOperationSchemaNodes`: each parameter (a body parameter
 * counts its schema, any other parameter one node plus its `items`) and each response (its schema plus one node
 * per header).
 */
export function operationNodeCount(doc: unknown, operation: unknown, pathItem: unknown): number {
  const counter = nodeCounter(doc);
  let total = 0;
  const addParameters = (params: unknown): void => {
    if (!Array.isArray(params)) return;
    for (const raw of params) {
      const param = followToObject(doc, raw, [])?.node;
      if (!param) continue;
      total += param.in === 'body' ? counter.count(param.schema) : counter.count(param);
    }
  };
  if (isObject(pathItem)) addParameters(pathItem.parameters);
  if (isObject(operation)) {
    addParameters(operation.parameters);
    if (isObject(operation.responses)) {
      const responses = operation.responses;
      // Keys, not entries: no pair per response of every operation, for two rules.
      for (const code of Object.keys(responses)) {
        if (code.startsWith('x-')) continue;
        const response = followToObject(doc, responses[code], [])?.node;
        if (!response) continue;
        total += counter.count(response.schema);
        if (isObject(response.headers))
          for (const header of Object.values(response.headers)) total += counter.count(header);
      }
    }
  }
  return Math.min(total, SATURATION);
}
