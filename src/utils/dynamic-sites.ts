/**
 * Where the dynamic extensions (`x-ms-dynamic-values`, `-list`, `-schema`, `-properties`, `-tree`) are used, with
 * the operation that calls them: a parameter of the operation, a schema inside its request body, its responses,
 * or the notification content of its path item. A shared parameter or definition used by several operations
 * yields one use per operation.
 */
import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';
import { derefObject, pathSegments, resolvedSchemaVisits, schemaProperties, type JsonObject } from './triggers-model';
import { followToObject } from '../model/refs';
import { perDocument } from '../model/memo';
import { NOTIFICATION_CONTENT, operationModels, type OperationModel } from './triggers-webhooks';

export const DYNAMIC_VALUES = 'x-ms-dynamic-values';
export const DYNAMIC_LIST = 'x-ms-dynamic-list';
export const DYNAMIC_SCHEMA = 'x-ms-dynamic-schema';
export const DYNAMIC_PROPERTIES = 'x-ms-dynamic-properties';
export const DYNAMIC_TREE = 'x-ms-dynamic-tree';
export const DYNAMIC_KEYS = [DYNAMIC_VALUES, DYNAMIC_LIST, DYNAMIC_SCHEMA, DYNAMIC_PROPERTIES, DYNAMIC_TREE] as const;

export interface DynamicUse {
  /** The parameter or schema object carrying one or more dynamic extensions. */
  holder: JsonObject;
  /** Where the holder is written. */
  holderPath: JsonPath;
  /** The calling operation. */
  caller: OperationModel;
  where: 'parameter' | 'body' | 'response' | 'notification';
}

function hasDynamic(node: JsonObject): boolean {
  return DYNAMIC_KEYS.some((k) => node[k] !== undefined);
}

/** Every use of a dynamic extension, with its calling operation (computed once per document). */
export const dynamicUses = perDocument((doc: unknown): DynamicUse[] => {
  const uses: DynamicUse[] = [];
  const models = operationModels(doc);
  for (const caller of models) {
    const seen = new Set<string>();
    const add = (holder: JsonObject, holderPath: JsonPath, where: DynamicUse['where']): void => {
      const key = JSON.stringify(holderPath);
      if (seen.has(key)) return;
      seen.add(key);
      uses.push({ holder, holderPath, caller, where });
    };
    const { info } = caller;
    const walk = (rootPath: JsonPath, where: DynamicUse['where']): void => {
      for (const v of resolvedSchemaVisits(doc, info.model, rootPath)) if (hasDynamic(v.schema)) add(v.schema, v.path, where);
    };
    for (const p of caller.params) {
      if (hasDynamic(p.param)) add(p.param, p.path, 'parameter');
      if (p.in === 'body') walk([...p.path, 'schema'], 'body');
    }
    for (const r of info.model.responses) walk([...r.jsonPath, 'schema'], 'response');
    if (caller.trigger && isObject(info.item[NOTIFICATION_CONTENT])) walk(['paths', info.pathKey, NOTIFICATION_CONTENT, 'schema'], 'notification');
  }
  return uses;
});

/** Property names found anywhere in the request body schema of an operation (`$ref`s followed), for references to body properties. */
export function bodyPropertyNames(doc: unknown, caller: OperationModel): Set<string> {
  const names = new Set<string>();
  const body = caller.body;
  if (!body) return names;
  for (const v of resolvedSchemaVisits(doc, caller.info.model, [...body.path, 'schema'])) {
    const properties = Object.hasOwn(v.schema, 'properties') ? v.schema.properties : undefined;
    if (!isObject(properties)) continue;
    for (const [name, property] of Object.entries(properties)) {
      if (followToObject(doc, property, [...v.path, 'properties', name])) names.add(name);
    }
  }
  return names;
}

/**
 * Follow property names from a schema. 'found' when every segment is a declared property, 'open' when a schema
 * on the way does not pin its properties down (nothing can be concluded), 'missing' with the first missing name.
 */
export function followProperties(doc: unknown, schema: unknown, path: JsonPath, segments: string[]): { result: 'found' | 'open' } | { result: 'missing'; name: string } {
  let node: unknown = schema;
  let at = path;
  for (const segment of segments) {
    let found = derefObject(doc, node, at);
    // Arrays: follow their items.
    for (let i = 0; found && i < 4 && (found.value.type === 'array' || found.value.items !== undefined) && !isObject(found.value.properties); i++) {
      found = derefObject(doc, found.value.items, [...found.path, 'items']);
    }
    if (!found) return { result: 'open' };
    const { props, open } = schemaProperties(doc, found.value, found.path);
    const next = props.get(segment);
    if (!next) return open ? { result: 'open' } : { result: 'missing', name: segment };
    node = next.value;
    at = next.path;
  }
  return { result: 'found' };
}

export type ReferenceKind =
  | { kind: 'parameter'; count: number }
  | { kind: 'body-property' }
  | { kind: 'unknown' }
  | { kind: 'not-found'; detail?: string };

/**
 * What a `{ "parameter": name }` reference of x-ms-dynamic-values / -schema names on the calling operation:
 * one of its parameters (count > 1 is ambiguous), a property of its request body (a non-parameter reference),
 * something that cannot be decided (open schemas), or nothing.
 */
export function classifyParameterReference(doc: unknown, caller: OperationModel, name: string): ReferenceKind {
  const count = caller.params.filter((p) => p.name === name).length;
  if (count > 0) return { kind: 'parameter', count };
  const body = caller.body;
  if (!body) return { kind: 'not-found' };
  if (bodyPropertyNames(doc, caller).has(name)) return { kind: 'body-property' };
  const segments = pathSegments(name);
  if (segments.length > 1) {
    const followed = followProperties(doc, body.param.schema, [...body.path, 'schema'], segments);
    if (followed.result === 'found') return { kind: 'body-property' };
    if (followed.result === 'open') return { kind: 'unknown' };
  }
  const root = derefObject(doc, body.param.schema, [...body.path, 'schema']);
  if (!root) return { kind: 'unknown' };
  return schemaProperties(doc, root.value, root.path).open ? { kind: 'unknown' } : { kind: 'not-found' };
}

/**
 * Whether a `parameterReference` path (`body/appId`, or a parameter name) of x-ms-dynamic-list / -properties /
 * -tree resolves on the calling operation. Returns undefined when it does (or cannot be decided), else why not.
 */
export function unresolvedParameterReference(doc: unknown, caller: OperationModel, reference: string): string | undefined {
  const segments = reference.split('/').filter((s) => s.length > 0);
  if (segments.length === 0) return 'is empty';
  const [first, ...rest] = segments as [string, ...string[]];
  const param = caller.params.find((p) => p.name === first);
  if (param) {
    if (rest.length === 0 || param.in !== 'body') return undefined;
    const followed = followProperties(doc, param.param.schema, [...param.path, 'schema'], rest);
    return followed.result === 'missing' ? `names the property ${JSON.stringify(followed.name)}, which the body schema of parameter ${JSON.stringify(first)} does not have` : undefined;
  }
  // Some definitions leave out the body parameter's name: accept a path that resolves inside the body schema.
  const body = caller.body;
  if (body) {
    const followed = followProperties(doc, body.param.schema, [...body.path, 'schema'], segments);
    if (followed.result !== 'missing') return undefined;
  }
  return `starts with ${JSON.stringify(first)}, which is not a parameter`;
}

/** The parameter names an operation accepts, and the property names of its body (for target-side checks). */
export function acceptedNames(doc: unknown, target: OperationModel): { params: Set<string>; bodyProps: Set<string>; bodyOpen: boolean } {
  const params = new Set<string>();
  for (const p of target.params) if (p.name !== undefined) params.add(p.name);
  const bodyProps = bodyPropertyNames(doc, target);
  let bodyOpen = false;
  if (target.body) {
    const root = derefObject(doc, target.body.param.schema, [...target.body.path, 'schema']);
    bodyOpen = !root || (schemaProperties(doc, root.value, root.path).open && bodyProps.size === 0);
  }
  return { params, bodyProps, bodyOpen };
}
