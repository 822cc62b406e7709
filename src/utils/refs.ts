import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';

/** How many `$ref` hops are followed before a reference chain is given up (chains this long are broken anyway). */
export const MAX_REF_HOPS = 32;

/** The JSON path a local `#/...` reference points to, or undefined for remote or malformed references. */
export function refToPath(ref: unknown): JsonPath | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  const path: JsonPath = [];
  for (const raw of ref.slice(2).split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return undefined; // a badly escaped pointer such as "%E0%A4%A" resolves to nothing
    }
    path.push(decoded.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  return path;
}

/** The node at a JSON path, or undefined (own properties only). */
export function nodeAt(doc: unknown, path: JsonPath): unknown {
  let node: unknown = doc;
  for (const segment of path) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = Object.prototype.hasOwnProperty.call(node, String(segment)) ? node[String(segment)] : undefined;
    else return undefined;
  }
  return node;
}

/** Resolve a local `#/...` JSON pointer against the document, or undefined. */
export function resolveLocalRef(doc: unknown, ref: unknown): unknown {
  const path = refToPath(ref);
  return path ? nodeAt(doc, path) : undefined;
}

/**
 * Follow a chain of local `$ref`s from `value` to the object it names (a parameter, response or schema).
 * Undefined for remote, broken or cyclic references and for anything that is not an object. Never throws.
 */
export function derefLocal(doc: unknown, value: unknown): Record<string, unknown> | undefined {
  let node: unknown = value;
  for (let hops = 0; isObject(node) && typeof node.$ref === 'string'; hops++) {
    if (hops >= MAX_REF_HOPS) return undefined; // a cycle or an absurd chain
    node = resolveLocalRef(doc, node.$ref);
  }
  return isObject(node) ? node : undefined;
}
