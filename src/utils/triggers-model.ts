/**
 * A small, defensive model of a Swagger 2.0 connector for the trigger, webhook, dynamic-value, versioning and
 * security rules: operations with their effective parameters, local `$ref` resolution that keeps track of where
 * each node is written, and a schema walk that follows `$ref`s. Nothing here throws on odd input: broken or
 * cyclic references resolve to `undefined`, wrong types are skipped.
 */
import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';
import { connectorModel, operationRootVisits, writtenSchemas, type OperationModel, type SchemaVisit } from '../model';
import { followRef } from '../model/refs';
import type { HttpMethod } from './http';
import { isInternal } from '../model/visibility';

export type JsonObject = Record<string, unknown>;

/** A node and the path where it is written in the document (after following `$ref`s). */
export interface Located<T = unknown> {
  value: T;
  path: JsonPath;
}

/**
 * Follow a chain of local `$ref`s. Returns the final node and where it is written; a node without `$ref` is
 * returned as is. Undefined for a reference that points nowhere, is not local, or cycles.
 */
export function deref(doc: unknown, node: unknown, path: JsonPath): Located | undefined {
  const resolved = followRef(doc, node, path);
  if (!resolved.viaRef) return { value: node, path };
  return resolved.node === undefined ? undefined : { value: resolved.node, path: resolved.path };
}

/** Like `deref`, but only objects: undefined when the target is missing or not an object. */
export function derefObject(doc: unknown, node: unknown, path: JsonPath): Located<JsonObject> | undefined {
  const found = deref(doc, node, path);
  return found && isObject(found.value) ? { value: found.value, path: found.path } : undefined;
}

export interface OperationInfo {
  pathKey: string;
  method: HttpMethod;
  op: JsonObject;
  item: JsonObject;
  /** `['paths', pathKey, method]` */
  path: JsonPath;
  operationId?: string;
  /** The operation in the connector model. */
  model: OperationModel;
}

/** Every operation object of the document, in document order (a view of the connector model). */
export function listOperations(doc: unknown): OperationInfo[] {
  return connectorModel(doc).operations.map((model) => ({
    pathKey: model.path,
    method: model.method as HttpMethod,
    op: model.node,
    item: model.pathItem,
    path: model.jsonPath,
    operationId: model.operationId,
    model,
  }));
}

/** Operations by operationId (the first one wins when ids repeat). */
export function operationsById(doc: unknown): Map<string, OperationInfo> {
  const map = new Map<string, OperationInfo>();
  for (const op of listOperations(doc)) if (op.operationId !== undefined && !map.has(op.operationId)) map.set(op.operationId, op);
  return map;
}

export interface ParamInfo {
  /** The parameter object, `$ref` resolved. */
  param: JsonObject;
  /** Where the parameter object is written (the `#/parameters/X` entry for a reference). */
  path: JsonPath;
  /** Where the parameter (or its `$ref`) appears in the operation's or path item's list. */
  usePath: JsonPath;
  name?: string;
  in?: string;
}

/**
 * The effective parameters of an operation, from the connector model (header names compare without case).
 */
export function operationParameters(_doc: unknown, info: OperationInfo): ParamInfo[] {
  return info.model.parameters.map((p) => ({
    param: p.node,
    path: p.jsonPath,
    usePath: p.usePath,
    name: typeof p.node.name === 'string' ? p.node.name : undefined,
    in: typeof p.node.in === 'string' ? p.node.in : undefined,
  }));
}

export function bodyParameter(params: ParamInfo[]): ParamInfo | undefined {
  return params.find((p) => p.in === 'body');
}

/** The operation is hidden from users (`x-ms-visibility: internal`). */
export function isHiddenOperation(info: OperationInfo): boolean {
  return isInternal(info.op);
}

export function isTrigger(op: JsonObject): boolean {
  return op['x-ms-trigger'] !== undefined && op['x-ms-trigger'] !== null;
}

/** One step from a schema to a child schema. */
export interface SchemaLink {
  /** The parent schema (resolved). */
  parent: JsonObject;
  /** Where the parent is written. */
  parentPath: JsonPath;
  kind: 'property' | 'items' | 'additionalProperties' | 'allOf' | 'anyOf' | 'oneOf';
  /** The property name for a `property` link. */
  name?: string;
}

export interface ResolvedSchemaVisit {
  schema: JsonObject;
  /** Where this schema is written (the definition for a `$ref`). */
  path: JsonPath;
  /** Links from the root down to this schema. */
  chain: SchemaLink[];
  /** This schema or an ancestor is `x-ms-visibility: internal`. */
  hidden: boolean;
}

const LINK_KINDS: Readonly<Record<string, SchemaLink['kind']>> = {
  properties: 'property',
  items: 'items',
  additionalProperties: 'additionalProperties',
  allOf: 'allOf',
  anyOf: 'anyOf',
  oneOf: 'oneOf',
};

/** The links from the root down to a visit of the model's walk; undefined below a `not` (not a value's shape). */
function chainOf(visit: SchemaVisit): SchemaLink[] | undefined {
  const links: SchemaLink[] = [];
  for (let child = visit, parent = visit.parentVisit; parent; child = parent, parent = parent.parentVisit) {
    const segment = String(child.usePath[parent.path.length] ?? '');
    const kind = Object.hasOwn(LINK_KINDS, segment) ? LINK_KINDS[segment] : undefined;
    if (!kind) return undefined;
    links.push({ parent: parent.schema, parentPath: parent.path, kind, name: kind === 'property' ? child.propertyName : undefined });
  }
  return links.reverse();
}

/**
 * The schemas of one root of an operation (its body `schema`, a response `schema` where the response is
 * written, or its notification content `schema`), `$ref`s followed: the model's expanded walk, each schema
 * object once per root.
 */
export function resolvedSchemaVisits(doc: unknown, op: OperationModel, rootPath: JsonPath): ResolvedSchemaVisit[] {
  const out: ResolvedSchemaVisit[] = [];
  for (const v of operationRootVisits(connectorModel(doc), op, rootPath)) {
    const chain = chainOf(v);
    if (chain) out.push({ schema: v.schema, path: v.path, chain, hidden: v.hidden });
  }
  return out;
}

/**
 * The properties a schema declares directly or through `allOf` members (resolved), with where each is written.
 * `open` is true when the schema does not pin its properties down (no `properties`, or `additionalProperties`
 * allowed, or a dynamic schema), so a missing name proves nothing.
 */
export function schemaProperties(doc: unknown, schema: unknown, path: JsonPath): { props: Map<string, Located>; open: boolean } {
  const props = new Map<string, Located>();
  let open = false;
  let declared = false;
  const seen = new Set<unknown>();
  const add = (node: unknown, at: JsonPath, depth: number): void => {
    const found = derefObject(doc, node, at);
    if (!found || seen.has(found.value) || depth > 16) {
      if (!found) open = true;
      return;
    }
    seen.add(found.value);
    const s = found.value;
    if (s['x-ms-dynamic-schema'] !== undefined || s['x-ms-dynamic-properties'] !== undefined) open = true;
    if (s.additionalProperties !== undefined && s.additionalProperties !== false) open = true;
    if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) open = true;
    if (isObject(s.properties)) {
      declared = true;
      for (const [name, child] of Object.entries(s.properties)) {
        if (!props.has(name)) props.set(name, { value: child, path: [...found.path, 'properties', name] });
      }
    }
    if (Array.isArray(s.allOf)) s.allOf.forEach((child, i) => add(child, [...found.path, 'allOf', i], depth + 1));
  };
  add(schema, path, 0);
  if (!declared) open = true;
  return { props, open };
}

/** The `required` names of a schema, including those of its `allOf` members. */
export function requiredNames(doc: unknown, schema: JsonObject, path: JsonPath): Set<string> {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const add = (node: unknown, at: JsonPath, depth: number): void => {
    const found = derefObject(doc, node, at);
    if (!found || seen.has(found.value) || depth > 16) return;
    seen.add(found.value);
    if (Array.isArray(found.value.required)) for (const n of found.value.required) if (typeof n === 'string') names.add(n);
    if (Array.isArray(found.value.allOf)) found.value.allOf.forEach((c, i) => add(c, [...found.path, 'allOf', i], depth + 1));
  };
  add(schema, path, 0);
  return names;
}

/** Success responses of an operation (`2xx`, in code order), `$ref`s resolved. */
export function successResponses(doc: unknown, info: OperationInfo): Array<Located<JsonObject> & { code: string }> {
  const out: Array<Located<JsonObject> & { code: string }> = [];
  if (!isObject(info.op.responses)) return out;
  for (const code of Object.keys(info.op.responses).sort()) {
    if (!/^2\d\d$/.test(code)) continue;
    const found = derefObject(doc, info.op.responses[code], [...info.path, 'responses', code]);
    if (found) out.push({ ...found, code });
  }
  return out;
}

/** Path segments of a dynamic-extension path string (`a/b`, also `a.b`), empty segments dropped. */
export function pathSegments(value: string): string[] {
  return value.split(/[/.]/).filter((s) => s.length > 0);
}

export interface ExtensionSite {
  /** The parameter or schema object that carries the extension. */
  holder: JsonObject;
  /** Where the holder is written. */
  holderPath: JsonPath;
  /** The extension's value. */
  value: unknown;
  /** Where the extension key is written. */
  path: JsonPath;
  kind: 'parameter' | 'schema';
  /** For parameters: their `in`. For schemas: where the schema is used. */
  location: string;
  /** For schemas: the property name when the schema is a `properties` member. */
  propertyName?: string;
}

/**
 * Every parameter object and every schema object (as written, `$ref`s not followed, each visited once) that
 * carries the extension `key`.
 */
export function extensionSites(doc: unknown, key: string): ExtensionSite[] {
  const sites: ExtensionSite[] = [];
  if (!isObject(doc)) return sites;
  const addParam = (p: unknown, path: JsonPath): void => {
    if (!isObject(p) || !(key in p)) return;
    sites.push({ holder: p, holderPath: path, value: p[key], path: [...path, key], kind: 'parameter', location: typeof p.in === 'string' ? p.in : '' });
  };
  const addList = (list: unknown, base: JsonPath): void => {
    if (Array.isArray(list)) list.forEach((p, i) => addParam(p, [...base, i]));
  };
  for (const info of listOperations(doc)) addList(info.op.parameters, [...info.path, 'parameters']);
  if (isObject(doc.paths)) {
    for (const [pathKey, item] of Object.entries(doc.paths)) if (isObject(item)) addList(item.parameters, ['paths', pathKey, 'parameters']);
  }
  if (isObject(doc.parameters)) for (const [name, p] of Object.entries(doc.parameters)) addParam(p, ['parameters', name]);
  for (const v of writtenSchemas(doc)) {
    if (!(key in v.schema)) continue;
    sites.push({ holder: v.schema, holderPath: v.path, value: v.schema[key], path: [...v.path, key], kind: 'schema', location: v.role, propertyName: v.propertyName });
  }
  return sites;
}
