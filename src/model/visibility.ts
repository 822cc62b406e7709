/**
 * The one notion of "hidden": `x-ms-visibility: internal` on the element itself, its operation, or a schema
 * ancestor. Hidden elements are skipped by the string and summary rules, as Microsoft's reviewers do.
 */
import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';

export const VISIBILITY_KEY = 'x-ms-visibility';

/** True when this node itself is marked `x-ms-visibility: internal` (any case, surrounding spaces ignored). */
export function isInternal(node: unknown): boolean {
  if (!isObject(node) || !Object.hasOwn(node, VISIBILITY_KEY)) return false;
  const v = node[VISIBILITY_KEY];
  return typeof v === 'string' && v.trim().toLowerCase() === 'internal';
}

/**
 * True when the node at `path`, or any node on the way to it from `root`, is internal: that covers a hidden
 * operation (its parameters and schemas are hidden too) and hidden schema ancestors. `$ref`s are not followed.
 */
export function isHiddenAt(root: unknown, path: JsonPath): boolean {
  let node: unknown = root;
  for (const segment of path) {
    if (isInternal(node)) return true;
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = Object.hasOwn(node, String(segment)) ? node[String(segment)] : undefined;
    else return false;
  }
  return isInternal(node);
}
