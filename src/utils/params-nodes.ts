import type { JsonPath } from '@stoplight/types';
import { isObject, quote } from './guards';
import { HTTP_METHODS } from './http';
import { isPathItemHidden } from './params-context';
import { connectorModel, schemaRoots, writtenSchemas, type SchemaRole, type SchemaRoot } from '../model';
import { isInternal } from '../model/visibility';

/**
 * Where a typed node lives: a non-body parameter, an `items` object of a non-body parameter (at any depth),
 * or a schema object (body parameter schemas, responses, notification content, definitions).
 */
export type TypedNodeKind = 'parameter' | 'items' | 'schema';

export interface TypedNode {
  node: Record<string, unknown>;
  /** Path of the node in the document as written. */
  path: JsonPath;
  kind: TypedNodeKind;
  /** The node, its parameter, operation or a schema ancestor is internal. */
  hidden: boolean;
  /** For a parameter: `required: true`. For a schema property: named in its parent's `required` list. */
  required: boolean;
  /** Set for schema properties. */
  propertyName?: string;
  /** For schemas: how the schema is used. */
  role?: SchemaRole;
  /**
   * The node describes request input: a parameter, its items, a body schema, or a definition that a body schema
   * reaches through `$ref`s.
   */
  input: boolean;
}

const cache = new WeakMap<object, TypedNode[]>();
const MAX_ITEMS_DEPTH = 32;

/**
 * Every node of a Swagger 2.0 document that can carry `type`, `format`, `default`, `enum`, bounds and the like,
 * as written (`$ref`s are not followed, so each node is visited once at its own location): non-body parameters
 * (operation, path and shared ones) with their `items` chains, and every schema object. Body parameters are
 * not listed themselves; their `schema` is. The list is cached per document object.
 */
export function typedNodes(doc: unknown): TypedNode[] {
  if (!isObject(doc)) return [];
  const cached = cache.get(doc);
  if (cached) return cached;
  const nodes: TypedNode[] = [];
  const addParams = (params: unknown, base: JsonPath, hidden: boolean): void => {
    const entries: Array<[string | number, unknown]> = Array.isArray(params) ? params.map((p, i) => [i, p]) : isObject(params) ? Object.entries(params) : [];
    for (const [key, param] of entries) {
      if (!isObject(param) || '$ref' in param || param.in === 'body') continue;
      const path = [...base, key];
      const paramHidden = hidden || isInternal(param);
      nodes.push({ node: param, path, kind: 'parameter', hidden: paramHidden, required: param.required === true, input: true });
      let items = param.items;
      let itemsPath = [...path, 'items'];
      const seen = new Set<unknown>([param]);
      for (let depth = 0; isObject(items) && !seen.has(items) && depth < MAX_ITEMS_DEPTH; depth++) {
        seen.add(items);
        nodes.push({ node: items, path: itemsPath, kind: 'items', hidden: paramHidden, required: false, input: true });
        items = items.items;
        itemsPath = [...itemsPath, 'items'];
      }
    }
  };
  if (isObject(doc.paths)) {
    for (const [p, item] of Object.entries(doc.paths)) {
      if (!isObject(item)) continue;
      addParams(item.parameters, ['paths', p, 'parameters'], isPathItemHidden(item));
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (isObject(op)) addParams(op.parameters, ['paths', p, method, 'parameters'], isInternal(op));
      }
    }
  }
  addParams(doc.parameters, ['parameters'], false);
  const inputDefinitions = requestDefinitions(doc);
  for (const v of writtenSchemas(doc)) {
    const required = v.propertyName !== undefined && Array.isArray(v.parent?.required) && v.parent.required.includes(v.propertyName);
    const input = v.role === 'request-body' || (v.role === 'definition' && inputDefinitions.has(String(v.path[1])));
    nodes.push({ node: v.schema, path: v.path, kind: 'schema', hidden: v.hidden, required, propertyName: v.propertyName, role: v.role, input });
  }
  cache.set(doc, nodes);
  return nodes;
}

const DEFINITION_PREFIX = '#/definitions/';

/** Names of the definitions that request (body parameter) schemas reach through `$ref`s, transitively. */
export function requestDefinitions(doc: Record<string, unknown>, roots: readonly SchemaRoot[] = schemaRoots(connectorModel(doc), 'written')): Set<string> {
  const names = new Set<string>();
  const definitions = isObject(doc.definitions) ? doc.definitions : {};
  const seen = new Set<unknown>();
  const stack: unknown[] = roots.filter((r) => r.role === 'request-body').map((r) => r.schema);
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const obj = node as Record<string, unknown>;
    if (typeof obj.$ref === 'string' && obj.$ref.startsWith(DEFINITION_PREFIX)) {
      const name = obj.$ref.slice(DEFINITION_PREFIX.length);
      if (!names.has(name) && Object.prototype.hasOwnProperty.call(definitions, name)) {
        names.add(name);
        stack.push(definitions[name]);
      }
    }
    for (const [key, value] of Object.entries(obj)) if (!key.startsWith('x-') && key !== 'example' && key !== 'default' && key !== 'enum') stack.push(value);
  }
  return names;
}

/** Human name of a typed node for messages: `Parameter "x"`, `Items of parameter "x"`, `Property "x"`, `Schema`. */
export function typedNodeLabel(n: TypedNode, doc: unknown): string {
  if (n.kind === 'parameter') return `Parameter ${typeof n.node.name === 'string' ? quote(n.node.name) : '(unnamed)'}`;
  if (n.kind === 'items') {
    const param = paramOfItems(doc, n.path);
    return `Items of parameter ${isObject(param) && typeof param.name === 'string' ? quote(param.name) : '(unnamed)'}`;
  }
  if (n.propertyName !== undefined) return `Property ${quote(n.propertyName)}`;
  return n.path[0] === 'definitions' && n.path.length === 2 ? `Definition ${quote(n.path[1])}` : 'Schema';
}

function paramOfItems(doc: unknown, path: JsonPath): unknown {
  const end = path.indexOf('items');
  let node: unknown = doc;
  for (const segment of path.slice(0, end < 0 ? path.length : end)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[String(segment)];
    else return undefined;
  }
  return node;
}
