import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';
import { HTTP_METHODS } from '../utils/http';
import { followToObject } from './refs';
import type { ParameterModel } from './types';
import { isInternal } from './visibility';

/** The identity of a parameter: `${in}:${name}`, header names lower-cased. */
export function parameterKey(location: string, name: string): string {
  return `${location}:${location === 'header' ? name.toLowerCase() : name}`;
}

/** The parameters of one list (a path item's or an operation's), `$ref`s followed; unresolvable entries left out. */
export function parameterList(
  document: unknown,
  list: unknown,
  base: JsonPath,
  level: ParameterModel['level'],
): ParameterModel[] {
  if (!Array.isArray(list)) return [];
  const out: ParameterModel[] = [];
  list.forEach((entry, i) => {
    const usePath = [...base, i];
    const resolved = followToObject(document, entry, usePath);
    if (!resolved) return;
    const node = resolved.node;
    const name = typeof node.name === 'string' ? node.name : '';
    const location = typeof node.in === 'string' ? node.in : '';
    out.push({
      name,
      in: location,
      key: parameterKey(location, name),
      node,
      jsonPath: resolved.path,
      usePath,
      viaRef: resolved.viaRef,
      level,
      required: node.required === true,
      hidden: isInternal(node),
      schema: location === 'body' && isObject(node.schema) ? node.schema : undefined,
    });
  });
  return out;
}

/** The path-level parameters the operation does not override (same key), then the operation's own. */
export function effectiveParameters(pathLevel: ParameterModel[], operationLevel: ParameterModel[]): ParameterModel[] {
  const own = new Set(operationLevel.map((p) => p.key));
  return [...pathLevel.filter((p) => !own.has(p.key)), ...operationLevel];
}

/** A parameter object where it is written (a `{ $ref }` entry is not one; its target is listed where it is written). */
export interface WrittenParameter {
  node: Record<string, unknown>;
  path: JsonPath;
  /** It, its operation, or (path-level) every operation of its path item is internal. */
  hidden: boolean;
}

/** The parameter objects of one written list (an array, or the root `parameters` map), `$ref` entries left out. */
export function writtenParameterList(list: unknown, base: JsonPath, hidden: boolean): WrittenParameter[] {
  let entries: Array<[string | number, unknown]> = [];
  if (Array.isArray(list)) entries = list.map((p: unknown, i) => [i, p]);
  else if (isObject(list)) entries = Object.entries(list);
  const out: WrittenParameter[] = [];
  for (const [key, node] of entries) {
    if (isObject(node) && !Object.hasOwn(node, '$ref'))
      out.push({ node, path: [...base, key], hidden: hidden || isInternal(node) });
  }
  return out;
}

/** True when a path item has operations and all of them are internal (its path-level parameters are hidden too). */
export function isPathItemHidden(item: Record<string, unknown>): boolean {
  const ops = HTTP_METHODS.map((m) => (Object.hasOwn(item, m) ? item[m] : undefined)).filter(isObject);
  return ops.length > 0 && ops.every(isInternal);
}

/** Every parameter object where it is written: path-level, operation-level and shared root ones, in document order. */
export function writtenParameters(document: unknown): WrittenParameter[] {
  const out: WrittenParameter[] = [];
  if (!isObject(document)) return out;
  if (isObject(document.paths)) {
    for (const [p, item] of Object.entries(document.paths)) {
      if (!isObject(item)) continue;
      out.push(...writtenParameterList(item.parameters, ['paths', p, 'parameters'], isPathItemHidden(item)));
      for (const method of HTTP_METHODS) {
        const op = Object.hasOwn(item, method) ? item[method] : undefined;
        if (isObject(op))
          out.push(...writtenParameterList(op.parameters, ['paths', p, method, 'parameters'], isInternal(op)));
      }
    }
  }
  out.push(...writtenParameterList(document.parameters, ['parameters'], false));
  return out;
}
