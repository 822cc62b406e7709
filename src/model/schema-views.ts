/**
 * Views over schemas for the trigger and dynamic-value rules: the links from a root down to each schema of the
 * model's expanded walk, the properties and `required` names a schema declares (through `allOf`), and property
 * paths followed from a schema. Built on the model's walk and `$ref` follower; never throws.
 */
import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';
import { connectorModel } from './index';
import { followToObject } from './refs';
import { operationRootVisits } from './schemas';
import type { OperationModel, ResponseModel, SchemaVisit } from './types';

export type JsonObject = Record<string, unknown>;

/** A node and the path where it is written in the document (after following `$ref`s). */
export interface Located<T = unknown> {
  value: T;
  path: JsonPath;
}

/** `followToObject` as a `Located` object. */
export function locate(doc: unknown, value: unknown, path: JsonPath): Located<JsonObject> | undefined {
  const found = followToObject(doc, value, path);
  return found ? { value: found.node, path: found.path } : undefined;
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
    links.push({
      parent: parent.schema,
      parentPath: parent.path,
      kind,
      name: kind === 'property' ? child.propertyName : undefined,
    });
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
export function schemaProperties(
  doc: unknown,
  schema: unknown,
  path: JsonPath,
): { props: Map<string, Located>; open: boolean } {
  const props = new Map<string, Located>();
  let open = false;
  let declared = false;
  const seen = new Set<unknown>();
  const add = (node: unknown, at: JsonPath, depth: number): void => {
    const found = followToObject(doc, node, at);
    if (!found || seen.has(found.node) || depth > 16) {
      if (!found) open = true;
      return;
    }
    seen.add(found.node);
    const s = found.node;
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
    const found = followToObject(doc, node, at);
    if (!found || seen.has(found.node) || depth > 16) return;
    seen.add(found.node);
    if (Array.isArray(found.node.required))
      for (const n of found.node.required) if (typeof n === 'string') names.add(n);
    if (Array.isArray(found.node.allOf))
      found.node.allOf.forEach((c, i) => add(c, [...found.path, 'allOf', i], depth + 1));
  };
  add(schema, path, 0);
  return names;
}

/** Success responses of an operation (`2xx`, in code order), `$ref`s followed. */
export function successResponses(op: OperationModel): ResponseModel[] {
  return op.responses
    .filter((r) => /^2\d\d$/.test(r.code))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Path segments of a dynamic-extension path string (`a/b`, also `a.b`), empty segments dropped. */
export function pathSegments(value: string): string[] {
  return value.split(/[/.]/).filter((s) => s.length > 0);
}

/**
 * Follow property names from a schema. 'found' when every segment is a declared property, 'open' when a schema
 * on the way does not pin its properties down (nothing can be concluded), 'missing' with the first missing name.
 */
export function followProperties(
  doc: unknown,
  schema: unknown,
  path: JsonPath,
  segments: string[],
): { result: 'found' | 'open' } | { result: 'missing'; name: string } {
  let node: unknown = schema;
  let at = path;
  for (const segment of segments) {
    let found = followToObject(doc, node, at);
    // Arrays: follow their items.
    for (
      let i = 0;
      found &&
      i < 4 &&
      (found.node.type === 'array' || found.node.items !== undefined) &&
      !isObject(found.node.properties);
      i++
    ) {
      found = followToObject(doc, found.node.items, [...found.path, 'items']);
    }
    if (!found) return { result: 'open' };
    const { props, open } = schemaProperties(doc, found.node, found.path);
    const next = props.get(segment);
    if (!next) return open ? { result: 'open' } : { result: 'missing', name: segment };
    node = next.value;
    at = next.path;
  }
  return { result: 'found' };
}
