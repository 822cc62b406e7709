/**
 * Typed nodes: every object that can carry `type`, `format`, `default`, `enum`, bounds and the like, where it is
 * written: non-body parameters with their `items` chains, and every written schema. Built once per document
 * from the model's written parameters and its written schema walk.
 */
import type { JsonPath } from '@stoplight/types';
import { isObject, quote } from '../utils/guards';
import { connectorModel, writtenSchemas } from './index';
import { perDocument } from './memo';
import { writtenParameters } from './parameters';
import { nodeAt } from './refs';
import { schemaVisits } from './schemas';
import type { SchemaRole } from './types';

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
  /** Request input: a parameter, its items, a body schema, or a definition a body schema reaches through `$ref`s. */
  input: boolean;
}

const MAX_ITEMS_DEPTH = 32;

/** Every typed node of the document, each once at its own location (`$ref`s are not followed). Never throws. */
export const typedNodes: (document: unknown) => readonly TypedNode[] = perDocument((document) => {
  const nodes: TypedNode[] = [];
  if (!isObject(document)) return nodes;
  for (const { node: param, path, hidden } of writtenParameters(document)) {
    if (param.in === 'body') continue;
    nodes.push({ node: param, path, kind: 'parameter', hidden, required: param.required === true, input: true });
    let items = param.items;
    let itemsPath = [...path, 'items'];
    const seen = new Set<unknown>([param]);
    for (let depth = 0; isObject(items) && !seen.has(items) && depth < MAX_ITEMS_DEPTH; depth++) {
      seen.add(items);
      nodes.push({ node: items, path: itemsPath, kind: 'items', hidden, required: false, input: true });
      items = items.items;
      itemsPath = [...itemsPath, 'items'];
    }
  }
  const inputDefinitions = requestDefinitions(document);
  for (const v of writtenSchemas(document)) {
    const parentRequired: unknown = v.parent?.required;
    const required =
      v.propertyName !== undefined && Array.isArray(parentRequired) && parentRequired.includes(v.propertyName);
    const input = v.role === 'request-body' || (v.role === 'definition' && inputDefinitions.has(String(v.path[1])));
    nodes.push({
      node: v.schema,
      path: v.path,
      kind: 'schema',
      hidden: v.hidden,
      required,
      propertyName: v.propertyName,
      role: v.role,
      input,
    });
  }
  return nodes;
});

/** Names of the definitions that operations' request bodies reach through `$ref`s (the model's expanded walk). */
function requestDefinitions(document: unknown): Set<string> {
  const names = new Set<string>();
  for (const v of schemaVisits(connectorModel(document), 'expanded')) {
    if (v.role === 'request-body' && v.path[0] === 'definitions' && v.path.length >= 2) names.add(String(v.path[1]));
  }
  return names;
}

/** Human name of a typed node for messages: `Parameter "x"`, `Items of parameter "x"`, `Property "x"`, `Schema`. */
export function typedNodeLabel(n: TypedNode, document: unknown): string {
  if (n.kind === 'parameter') return `Parameter ${typeof n.node.name === 'string' ? quote(n.node.name) : '(unnamed)'}`;
  if (n.kind === 'items') {
    const end = n.path.indexOf('items');
    const param = nodeAt(document, n.path.slice(0, end < 0 ? n.path.length : end));
    return `Items of parameter ${isObject(param) && typeof param.name === 'string' ? quote(param.name) : '(unnamed)'}`;
  }
  if (n.propertyName !== undefined) return `Property ${quote(n.propertyName)}`;
  return n.path[0] === 'definitions' && n.path.length === 2 ? `Definition ${quote(n.path[1])}` : 'Schema';
}
