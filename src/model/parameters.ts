import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';
import { followToObject } from './refs';
import type { ParameterModel } from './types';
import { isInternal } from './visibility';

/** The identity of a parameter: `${in}:${name}`, header names lower-cased. */
export function parameterKey(location: string, name: string): string {
  return `${location}:${location === 'header' ? name.toLowerCase() : name}`;
}

/** The parameters of one list (a path item's or an operation's), `$ref`s followed; unresolvable entries left out. */
export function parameterList(document: unknown, list: unknown, base: JsonPath, level: ParameterModel['level']): ParameterModel[] {
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

/** Operation parameters first, then the path-level ones whose key the operation does not override. */
export function effectiveParameters(pathLevel: ParameterModel[], operationLevel: ParameterModel[]): ParameterModel[] {
  const own = new Set(operationLevel.map((p) => p.key));
  return [...operationLevel, ...pathLevel.filter((p) => !own.has(p.key))];
}
