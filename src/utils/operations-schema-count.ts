import { isObject } from './guards';
import { childSchemas } from './schemas';

/**
 * Schema-node counting with `$ref`s expanded, as the platform's import limits count them
 * (16,384 nodes per operation, 512 per body: requirements.md sections 3, 7 and 16).
 *
 * What counts as one node: every schema object reached from a root through `properties`, `items`,
 * `additionalProperties`, `allOf`, `anyOf` and `oneOf`, with each `$ref` replaced by its target (the
 * `$ref` wrapper itself is not counted separately). A `$ref` whose target is already being expanded on
 * the current branch (a recursive schema) counts as one node and is not expanded again; an unresolvable
 * `$ref` counts as one node. Counting stops once `cap` nodes have been seen, so a pathological
 * definition (a deep diamond of `$ref`s that expands to millions of nodes) costs at most `cap` steps.
 */

/** Resolves a `$ref` string to its target, or undefined. Usually `(ref) => resolveLocalRef(doc, ref)`. */
export type RefResolver = (ref: string) => unknown;

export interface SchemaCountOptions {
  resolve: RefResolver;
  /** Stop counting at this many nodes (the result is then `{ count: cap, capped: true }`). */
  cap: number;
}

export interface SchemaCount {
  /** Nodes counted, at most `cap`. */
  count: number;
  /** True when counting stopped at the cap: the real number is at least `cap`. */
  capped: boolean;
}

/** A persistent list of the `$ref` targets being expanded on the current branch. */
interface Chain {
  target: unknown;
  parent: Chain | undefined;
}

function onChain(chain: Chain | undefined, target: unknown): boolean {
  for (let c = chain; c; c = c.parent) if (c.target === target) return true;
  return false;
}

/** Longest `$ref` → `$ref` → … hop sequence followed before giving up (a chain longer than this is a loop in practice). */
const MAX_REF_HOPS = 32;

/**
 * Follow `$ref`s from `node` until a schema without `$ref` is reached.
 * Returns the target and the chain extended with every target passed, or `cycle`/`unresolved`.
 */
function expand(node: Record<string, unknown>, chain: Chain | undefined, resolve: RefResolver):
  | { kind: 'schema'; schema: Record<string, unknown>; chain: Chain | undefined }
  | { kind: 'stop' } {
  let current = node;
  let currentChain = chain;
  for (let hops = 0; typeof current.$ref === 'string'; hops++) {
    if (hops >= MAX_REF_HOPS) return { kind: 'stop' };
    let target: unknown;
    try {
      target = resolve(current.$ref);
    } catch {
      return { kind: 'stop' };
    }
    if (!isObject(target) || onChain(currentChain, target)) return { kind: 'stop' };
    currentChain = { target, parent: currentChain };
    current = target;
  }
  return { kind: 'schema', schema: current, chain: currentChain };
}

/**
 * A running count shared by several roots (for example all parameters and responses of one operation),
 * so one cap bounds the whole operation.
 */
export class SchemaNodeCounter {
  count = 0;
  readonly cap: number;
  private readonly resolve: RefResolver;

  constructor(options: SchemaCountOptions) {
    this.cap = Math.max(0, Math.floor(options.cap));
    this.resolve = options.resolve;
  }

  get capped(): boolean {
    return this.count >= this.cap;
  }

  /** Add the nodes of one schema (anything that is not an object adds nothing). */
  add(root: unknown): this {
    const stack: Array<{ node: unknown; chain: Chain | undefined }> = [{ node: root, chain: undefined }];
    while (stack.length > 0 && this.count < this.cap) {
      const { node, chain } = stack.pop()!;
      if (!isObject(node)) continue;
      this.count++;
      const expanded = expand(node, chain, this.resolve);
      if (expanded.kind === 'stop') continue;
      const children = childSchemas(expanded.schema);
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!.schema, chain: expanded.chain });
    }
    return this;
  }

  result(): SchemaCount {
    return { count: Math.min(this.count, this.cap), capped: this.capped };
  }
}

/** Number of schema nodes under one schema, `$ref`s expanded, stopping at `cap`. */
export function countSchemaNodes(schema: unknown, options: SchemaCountOptions): SchemaCount {
  return new SchemaNodeCounter(options).add(schema).result();
}

/** Resolve an object that may be a `$ref` (a parameter or response reference), following at most a few hops. */
function deref(value: unknown, resolve: RefResolver): unknown {
  let current = value;
  for (let hops = 0; hops < MAX_REF_HOPS && isObject(current) && typeof current.$ref === 'string'; hops++) {
    try {
      current = resolve(current.$ref);
    } catch {
      return undefined;
    }
  }
  return current;
}

/**
 * Schema nodes of one operation: every parameter (path-item and operation level, `$ref`s to
 * `#/parameters` followed; a body parameter counts its `schema`, any other parameter counts as one node
 * plus its `items`) and every response (its `schema`, plus one node per header and its `items`).
 * `pathItem` may be undefined when the operation is looked at alone.
 */
export function countOperationSchemaNodes(operation: unknown, pathItem: unknown, options: SchemaCountOptions): SchemaCount {
  const counter = new SchemaNodeCounter(options);
  const addParameters = (params: unknown): void => {
    if (!Array.isArray(params)) return;
    for (const raw of params) {
      const param = deref(raw, options.resolve);
      if (!isObject(param)) continue;
      if (param.in === 'body') counter.add(param.schema);
      else counter.add(param);
    }
  };
  if (isObject(pathItem)) addParameters(pathItem.parameters);
  if (isObject(operation)) {
    addParameters(operation.parameters);
    if (isObject(operation.responses)) {
      for (const [code, raw] of Object.entries(operation.responses)) {
        if (code.startsWith('x-')) continue;
        const response = deref(raw, options.resolve);
        if (!isObject(response)) continue;
        counter.add(response.schema);
        if (isObject(response.headers)) for (const header of Object.values(response.headers)) counter.add(header);
      }
    }
  }
  return counter.result();
}
