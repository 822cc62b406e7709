import type { RulesetFunctionContext } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { isObject, quote } from './guards';
import { connectorModel, perDocument } from '../model';
import { isHiddenAt, isInternal, ruleRoot } from '../model/visibility';
import { isPathItemHidden } from '../model/parameters';

/** Prefix of a shared parameter reference. */
export const PARAMETER_REF_PREFIX = '#/parameters/';

/** The name of a shared parameter a `$ref` string points at (`#/parameters/<name>`), or undefined. */
export function sharedParameterName(ref: unknown): string | undefined {
  if (typeof ref !== 'string' || !ref.startsWith(PARAMETER_REF_PREFIX)) return undefined;
  const raw = ref.slice(PARAMETER_REF_PREFIX.length);
  if (raw.length === 0 || raw.includes('/')) return undefined;
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // keep the raw text
  }
  return name.replace(/~1/g, '/').replace(/~0/g, '~');
}

interface Usage {
  visible: number;
  hidden: number;
}

/**
 * How many visible and hidden operations use each shared `#/parameters/<name>` (through an operation-level or
 * a path-level `$ref`), from the connector model. Memoised per document.
 */
export const sharedParameterUsage = perDocument((doc: unknown): Map<string, Usage> => {
  const usage = new Map<string, Usage>();
  for (const op of connectorModel(doc).operations) {
    for (const p of op.parameters) {
      if (!p.viaRef || p.jsonPath.length !== 2 || p.jsonPath[0] !== 'parameters') continue;
      const name = String(p.jsonPath[1]);
      const entry = usage.get(name) ?? { visible: 0, hidden: 0 };
      if (op.hidden) entry.hidden++;
      else entry.visible++;
      usage.set(name, entry);
    }
  }
  return usage;
});

/**
 * True when the parameter at `path` (plus `extra`) is hidden from users: it, its operation or a schema ancestor
 * is internal; a path-level parameter whose operations are all internal; a shared `#/parameters/<name>` that no
 * visible operation uses.
 */
export function isParamHiddenAt(root: unknown, rawDoc: unknown, path: JsonPath): boolean {
  if (path[0] === 'parameters' && path.length >= 2 && isObject(root) && isObject(root.parameters)) {
    const name = String(path[1]);
    const param = root.parameters[name];
    if (isInternal(param)) return true;
    const usage = sharedParameterUsage(rawDoc).get(name);
    if (!usage || usage.visible === 0) return true;
    return isHiddenAt(param, path.slice(2));
  }
  if (path[0] === 'paths' && path[2] === 'parameters' && isObject(root) && isObject(root.paths)) {
    const item = root.paths[String(path[1])];
    if (isObject(item) && isPathItemHidden(item)) return true;
  }
  return isHiddenAt(root, path);
}

/** `isParamHiddenAt` for the element a Spectral function was given. */
export function isParamHiddenInContext(context: RulesetFunctionContext, extra: JsonPath = []): boolean {
  return isParamHiddenAt(ruleRoot(context), context.document.data, [...context.path, ...extra]);
}

/** `"name"` of a parameter for messages (or `(unnamed)`). */
export function paramName(param: Record<string, unknown>): string {
  return typeof param.name === 'string' ? quote(param.name) : '(unnamed)';
}

/** True for a body parameter. Parameters without `in` count as non-body. */
export function isBodyParam(param: Record<string, unknown>): boolean {
  return param.in === 'body';
}

/** The location (`in`) of a parameter as text for messages. */
export function paramIn(param: Record<string, unknown>): string {
  return typeof param.in === 'string' ? param.in : '(no "in")';
}

/** The locations a non-body parameter can have. */
export const NON_BODY_LOCATIONS = ['query', 'header', 'path', 'formData'] as const;

/** True for a parameter with a valid non-body `in` (query, header, path, formData). */
export function isNonBodyParam(param: Record<string, unknown>): boolean {
  return typeof param.in === 'string' && (NON_BODY_LOCATIONS as readonly string[]).includes(param.in);
}
