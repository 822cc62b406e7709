import type { JsonPath } from '@stoplight/types';
import { isObject, quote, show } from './guards';
import { followToObject } from '../model/refs';

/** One entry of a `parameters` list, as written, with its local `$ref` followed. */
export interface ParameterEntry {
  /** The parameter object after following local `$ref`s; undefined when it cannot be resolved. */
  param: Record<string, unknown> | undefined;
  /** Where the entry is written in the document (the `$ref` object itself for a reference). */
  path: JsonPath;
  /** Path-item level (`$.paths[p].parameters`) or operation level. */
  level: 'path' | 'operation';
  /** The `$ref` the entry uses, when it is a reference. */
  ref?: string;
}

/** The entries of a `parameters` list (nothing when it is not an array). */
export function parameterEntries(
  doc: unknown,
  list: unknown,
  base: JsonPath,
  level: ParameterEntry['level'],
): ParameterEntry[] {
  if (!Array.isArray(list)) return [];
  return list.map((value: unknown, index) => {
    const entry: ParameterEntry = { param: followToObject(doc, value, [])?.node, path: [...base, index], level };
    if (isObject(value) && typeof value.$ref === 'string') entry.ref = value.$ref;
    return entry;
  });
}

/**
 * The identity of a parameter: its location and name. Header names compare without regard to case (HTTP
 * header names are case-insensitive); other names compare exactly. Undefined when `in` or `name` is not a string.
 */
export function parameterIdentity(param: Record<string, unknown> | undefined): string | undefined {
  if (!param || typeof param.in !== 'string' || typeof param.name !== 'string') return undefined;
  const location = param.in.toLowerCase();
  return `${location}\u0000${location === 'header' ? param.name.toLowerCase() : param.name}`;
}

/** `operation "GetTask" (GET /tasks/{taskId})`, or `operation GET /tasks/{taskId}` without an operationId. */
export function operationLabel(operation: unknown, method: string, pathKey: string): string {
  const where = `${method.toUpperCase()} ${show(pathKey, 100)}`;
  const id = isObject(operation) ? operation.operationId : undefined;
  return typeof id === 'string' && id.trim() !== '' ? `operation ${quote(id)} (${where})` : `operation ${where}`;
}

/** The text with its first letter upper-cased (to start a message with an operation label). */
export function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
