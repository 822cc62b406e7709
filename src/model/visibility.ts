/**
 * The one notion of "hidden": `x-ms-visibility: internal` on the element itself, its operation, or a schema
 * ancestor. Hidden elements are skipped by the string and summary rules, as Microsoft's reviewers do.
 */
import type { RulesetFunctionContext } from '@stoplight/spectral-core';
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
 * True for an operation marked `deprecated: true`: it is kept for old flows, so no new text or schema is asked of it.
 */
export function isDeprecatedOperation(operation: unknown): boolean {
  return isObject(operation) && operation.deprecated === true;
}

/**
 * True when the node at `path`, or any node on the way to it from `root`, is internal, or when the path runs
 * through a deprecated operation (`paths./x.get` with `deprecated: true`).
 * That covers a hidden operation (its parameters and schemas are hidden too) and hidden schema ancestors.
 */
export function isHiddenAt(root: unknown, path: JsonPath): boolean {
  let node: unknown = root;
  for (let depth = 0; depth < path.length; depth++) {
    if (isInternal(node) || (depth === 3 && path[0] === 'paths' && isDeprecatedOperation(node))) return true;
    const segment = path[depth];
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = Object.hasOwn(node, String(segment)) ? node[String(segment)] : undefined;
    else return false;
  }
  return isInternal(node) || (path.length === 3 && path[0] === 'paths' && isDeprecatedOperation(node));
}

/** The document root as the rule sees it: resolved when the rule resolves `$ref`s. */
export function ruleRoot(context: RulesetFunctionContext): unknown {
  const inventory: unknown = context.documentInventory;
  if (context.rule.resolved && isObject(inventory) && 'resolved' in inventory) return inventory.resolved;
  return context.document.data;
}

/** True when the element a Spectral function was given (plus `extraPath`) is hidden from users. */
export function isHiddenInContext(context: RulesetFunctionContext, extraPath: JsonPath = []): boolean {
  return isHiddenAt(ruleRoot(context), [...context.path, ...extraPath]);
}
