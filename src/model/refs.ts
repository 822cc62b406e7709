/**
 * The one `$ref` follower. Resolution is memoised per document and per pointer, so a chain of thousands of
 * references, or many uses of one shared component, cost linear time overall. Never throws.
 */
import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';
import { perDocument } from './memo';

export interface Resolved {
  /** The final target (undefined when the chain is broken, remote or cyclic). */
  node: unknown;
  /** JSON path of the final target (or of the start when the value is not a `$ref`). */
  path: JsonPath;
  /** At least one `$ref` hop was taken. */
  viaRef: boolean;
  /** Every hop was a local `#/...` pointer. */
  local: boolean;
  /** The chain came back to a pointer it had already seen. */
  cycle: boolean;
  /** A local pointer names nothing (or a `$ref` that is not a string). */
  broken: boolean;
}

/** The JSON path a local `#/...` reference points to (`'#/a/b~1c'` → `['a', 'b/c']`), or undefined. */
export function refToPath(ref: unknown): JsonPath | undefined {
  if (typeof ref !== 'string') return undefined;
  if (ref === '#') return [];
  if (!ref.startsWith('#/')) return undefined;
  const path: JsonPath = [];
  for (const raw of ref.slice(2).split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return undefined; // a badly escaped pointer such as "%E0%A4%A" names nothing
    }
    path.push(decoded.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  return path;
}

/** A key for a JSON path, to de-duplicate findings and visits by where they are written. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/** The node at a JSON path, or undefined. Own properties only, so `constructor` or `__proto__` name nothing. */
export function nodeAt(document: unknown, path: JsonPath): unknown {
  let node: unknown = document;
  for (const segment of path) {
    if (Array.isArray(node)) {
      const text = String(segment);
      if (!/^(0|[1-9]\d*)$/.test(text)) return undefined;
      node = node[Number(text)];
    } else if (isObject(node)) {
      const key = String(segment);
      node = Object.hasOwn(node, key) ? node[key] : undefined;
    } else return undefined;
  }
  return node;
}

/** What one pointer string resolves to, after following the whole chain behind it. */
interface Target {
  node: unknown;
  path: JsonPath;
  local: boolean;
  cycle: boolean;
  broken: boolean;
}

/** Resolved pointers of a document, filled as references are followed. */
const targetsOf = perDocument((): Map<string, Target> => new Map());

/** The `$ref` of a reference object, or undefined when the value is not one. */
function refOf(value: unknown): { ref: unknown } | undefined {
  return isObject(value) && Object.hasOwn(value, '$ref') ? { ref: value.$ref } : undefined;
}

/** Resolve one pointer string: iterative over the chain, each pointer on it memoised with the chain's result. */
function resolvePointer(document: unknown, first: string, targets: Map<string, Target>): Target {
  const known = targets.get(first);
  if (known) return known;
  const chain: string[] = [];
  const onChain = new Set<string>();
  let pointer: string = first;
  let result: Target;
  for (;;) {
    const memoised = targets.get(pointer);
    if (memoised) {
      result = memoised;
      break;
    }
    if (onChain.has(pointer)) {
      result = { node: undefined, path: refToPath(pointer) ?? [], local: true, cycle: true, broken: false };
      break;
    }
    chain.push(pointer);
    onChain.add(pointer);
    const path = refToPath(pointer);
    if (!path) {
      // remote, or a local pointer that cannot be decoded
      const remote = !pointer.startsWith('#');
      result = { node: undefined, path: [], local: !remote, cycle: false, broken: !remote };
      break;
    }
    const node = nodeAt(document, path);
    if (node === undefined) {
      result = { node: undefined, path, local: true, cycle: false, broken: true };
      break;
    }
    const next = refOf(node);
    if (!next) {
      result = { node, path, local: true, cycle: false, broken: false };
      break;
    }
    if (typeof next.ref !== 'string') {
      result = { node: undefined, path, local: true, cycle: false, broken: true };
      break;
    }
    pointer = next.ref;
  }
  for (const p of chain) targets.set(p, result);
  return result;
}

/**
 * Follow a chain of `$ref`s from `value` (written at `path`) to the node it names. A value that is not a
 * reference object resolves to itself. Remote references are not fetched: they resolve to undefined with
 * `local: false`.
 */
export function followRef(document: unknown, value: unknown, path: JsonPath): Resolved {
  const ref = refOf(value);
  if (!ref) return { node: value, path, viaRef: false, local: true, cycle: false, broken: false };
  if (typeof ref.ref !== 'string')
    return { node: undefined, path, viaRef: true, local: true, cycle: false, broken: true };
  const target = resolvePointer(document, ref.ref, targetsOf(document));
  return {
    node: target.node,
    path: target.node === undefined && !target.broken ? path : target.path,
    viaRef: true,
    local: target.local,
    cycle: target.cycle,
    broken: target.broken,
  };
}

/** `followRef`, keeping only object targets. */
export function followToObject(
  document: unknown,
  value: unknown,
  path: JsonPath,
): (Resolved & { node: Record<string, unknown> }) | undefined {
  const resolved = followRef(document, value, path);
  return isObject(resolved.node) ? { ...resolved, node: resolved.node } : undefined;
}
