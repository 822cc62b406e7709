/**
 * The dynamic extensions as their calling operations see them: a parameter of the operation, a schema inside its
 * request body, its responses, or the notification content of its path item. A shared parameter or definition
 * used by several operations yields one use per operation, so references can be checked against each caller.
 */
import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';
import { DYNAMIC_KINDS } from './dynamic';
import { connectorModel } from './index';
import { perDocument } from './memo';
import { isTrigger, NOTIFICATION_CONTENT } from './operations';
import { followToObject } from './refs';
import {
  followProperties,
  pathSegments,
  resolvedSchemaVisits,
  schemaProperties,
  type JsonObject,
} from './schema-views';
import type { OperationModel } from './types';

export const DYNAMIC_VALUES = 'x-ms-dynamic-values';
export const DYNAMIC_LIST = 'x-ms-dynamic-list';
export const DYNAMIC_SCHEMA = 'x-ms-dynamic-schema';
export const DYNAMIC_PROPERTIES = 'x-ms-dynamic-properties';
export const DYNAMIC_TREE = 'x-ms-dynamic-tree';

export interface DynamicCall {
  /** The parameter or schema object carrying one or more dynamic extensions. */
  holder: JsonObject;
  /** Where the holder is written. */
  holderPath: JsonPath;
  /** The calling operation. */
  caller: OperationModel;
  where: 'parameter' | 'body' | 'response' | 'notification';
}

function hasDynamic(node: JsonObject): boolean {
  return DYNAMIC_KINDS.some((k) => node[k] !== undefined);
}

/** Every use of a dynamic extension, with its calling operation (computed once per document). */
export const dynamicCalls = perDocument((doc: unknown): DynamicCall[] => {
  const uses: DynamicCall[] = [];
  for (const caller of connectorModel(doc).operations) {
    const seen = new Set<string>();
    const add = (holder: JsonObject, holderPath: JsonPath, where: DynamicCall['where']): void => {
      const key = JSON.stringify(holderPath);
      if (seen.has(key)) return;
      seen.add(key);
      uses.push({ holder, holderPath, caller, where });
    };
    const walk = (rootPath: JsonPath, where: DynamicCall['where']): void => {
      for (const v of resolvedSchemaVisits(doc, caller, rootPath))
        if (hasDynamic(v.schema)) add(v.schema, v.path, where);
    };
    for (const p of caller.parameters) {
      if (hasDynamic(p.node)) add(p.node, p.jsonPath, 'parameter');
      if (p.in === 'body') walk([...p.jsonPath, 'schema'], 'body');
    }
    for (const r of caller.responses) walk([...r.jsonPath, 'schema'], 'response');
    if (isTrigger(caller.node) && isObject(caller.pathItem[NOTIFICATION_CONTENT]))
      walk(['paths', caller.path, NOTIFICATION_CONTENT, 'schema'], 'notification');
  }
  return uses;
});
/**
 * Property names found anywhere in the request body schema of an operation (`$ref`s followed), for references to body
 * properties.
 */
export function bodyPropertyNames(doc: unknown, caller: OperationModel): Set<string> {
  const names = new Set<string>();
  const body = caller.body;
  if (!body) return names;
  for (const v of resolvedSchemaVisits(doc, caller, [...body.jsonPath, 'schema'])) {
    const properties = Object.hasOwn(v.schema, 'properties') ? v.schema.properties : undefined;
    if (!isObject(properties)) continue;
    for (const [name, property] of Object.entries(properties)) {
      if (followToObject(doc, property, [...v.path, 'properties', name])) names.add(name);
    }
  }
  return names;
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
  const count = caller.parameters.filter((p) => p.name === name && typeof p.node.name === 'string').length;
  if (count > 0) return { kind: 'parameter', count };
  const body = caller.body;
  if (!body) return { kind: 'not-found' };
  if (bodyPropertyNames(doc, caller).has(name)) return { kind: 'body-property' };
  const segments = pathSegments(name);
  if (segments.length > 1) {
    const followed = followProperties(doc, body.node.schema, [...body.jsonPath, 'schema'], segments);
    if (followed.result === 'found') return { kind: 'body-property' };
    if (followed.result === 'open') return { kind: 'unknown' };
  }
  const root = followToObject(doc, body.node.schema, [...body.jsonPath, 'schema']);
  if (!root) return { kind: 'unknown' };
  return schemaProperties(doc, root.node, root.path).open ? { kind: 'unknown' } : { kind: 'not-found' };
}

/**
 * Whether a `parameterReference` path (`body/appId`, or a parameter name) of x-ms-dynamic-list / -properties /
 * -tree resolves on the calling operation. Returns undefined when it does (or cannot be decided), else why not.
 */
export function unresolvedParameterReference(
  doc: unknown,
  caller: OperationModel,
  reference: string,
): string | undefined {
  const segments = reference.split('/').filter((s) => s.length > 0);
  if (segments.length === 0) return 'is empty';
  const [first, ...rest] = segments as [string, ...string[]];
  const param = caller.parameters.find((p) => p.name === first && typeof p.node.name === 'string');
  if (param) {
    if (rest.length === 0 || param.in !== 'body') return undefined;
    const followed = followProperties(doc, param.node.schema, [...param.jsonPath, 'schema'], rest);
    return followed.result === 'missing'
      ? `names the property ${JSON.stringify(followed.name)}, which the body schema of parameter ${JSON.stringify(first)} does not have`
      : undefined;
  }
  // Some definitions leave out the body parameter's name: accept a path that resolves inside the body schema.
  const body = caller.body;
  if (body) {
    const followed = followProperties(doc, body.node.schema, [...body.jsonPath, 'schema'], segments);
    if (followed.result !== 'missing') return undefined;
  }
  return `starts with ${JSON.stringify(first)}, which is not a parameter`;
}

/** The parameter names an operation accepts, and the property names of its body (for target-side checks). */
export function acceptedNames(
  doc: unknown,
  target: OperationModel,
): { params: Set<string>; bodyProps: Set<string>; bodyOpen: boolean } {
  const params = new Set<string>();
  for (const p of target.parameters) if (typeof p.node.name === 'string') params.add(p.name);
  const bodyProps = bodyPropertyNames(doc, target);
  let bodyOpen = false;
  if (target.body) {
    const root = followToObject(doc, target.body.node.schema, [...target.body.jsonPath, 'schema']);
    bodyOpen = !root || (schemaProperties(doc, root.node, root.path).open && bodyProps.size === 0);
  }
  return { params, bodyProps, bodyOpen };
}
