/**
 * The one schema walk. `written` visits every schema object where it is written; `expanded` walks from each
 * operation's inputs and outputs through `$ref`s. Both are iterative (no stack overflow on deep chains) and
 * memoised per model.
 */
import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';
import { HTTP_METHODS } from '../utils/http';
import { NOTIFICATION_CONTENT } from './operations';
import { perDocument } from './memo';
import { isPathItemHidden, writtenParameterList } from './parameters';
import { followRef, pathKey } from './refs';
import { responseCodes } from './responses';
import { childSchemas, type SchemaChild } from './schema-children';
import type { ConnectorModel, OperationModel, SchemaRole, SchemaVisit } from './types';
import { isInternal } from './visibility';

export { childSchemas } from './schema-children';
export type { SchemaChild } from './schema-children';

/** Where a schema walk starts: a body, response or notification schema, a parameter's `items`, a definition. */
export interface SchemaRoot {
  schema: unknown;
  path: JsonPath;
  role: SchemaRole;
  hidden: boolean;
  viaRef: boolean;
  operation?: OperationModel;
}

/**
 * Depth-first, pre-order walk of one root. `follow` decides whether `$ref`s are followed. A pending child is only
 * its `SchemaChild` and its parent's visit (parallel stacks): its path and flags are derived when it is visited,
 * so a child already seen costs nothing.
 */
function walkRoot(document: unknown, root: SchemaRoot, follow: boolean, seen: Set<object>, out: SchemaVisit[]): void {
  const children: SchemaChild[] = [{ schema: root.schema, segments: [] }];
  const parents: (SchemaVisit | undefined)[] = [undefined];
  while (children.length > 0) {
    const child = children.pop()!;
    const parentVisit = parents.pop();
    const value = child.schema;
    const usePath = parentVisit ? parentVisit.path.concat(child.segments) : root.path;
    let node = value;
    let path = usePath;
    let viaRef = parentVisit ? parentVisit.viaRef : root.viaRef;
    if (follow) {
      const resolved = followRef(document, node, path);
      node = resolved.node;
      path = resolved.path;
      viaRef = viaRef || resolved.viaRef;
    }
    if (!isObject(node) || seen.has(node)) continue;
    seen.add(node);
    // A `{ $ref, x-ms-visibility: internal }` wrapper hides what it names.
    const hidden = (parentVisit ? parentVisit.hidden : root.hidden) || isInternal(value) || isInternal(node);
    const visit: SchemaVisit = {
      schema: node,
      path,
      usePath,
      rootPath: root.path,
      role: root.role,
      hidden,
      viaRef,
      operation: root.operation,
      depth: parentVisit ? parentVisit.depth + 1 : 0,
      propertyName: child.propertyName,
      parent: parentVisit?.schema,
      parentVisit,
    };
    out.push(visit);
    const below = childSchemas(node);
    for (let i = below.length - 1; i >= 0; i--) {
      children.push(below[i]);
      parents.push(visit);
    }
  }
}

/** The `items` chain of a non-body parameter is schema-like (type, format, enum): its root for the walk. */
function parameterRoots(
  param: Record<string, unknown>,
  path: JsonPath,
  hidden: boolean,
  viaRef: boolean,
  operation?: OperationModel,
): SchemaRoot[] {
  if (param.in === 'body') {
    return Object.hasOwn(param, 'schema')
      ? [{ schema: param.schema, path: [...path, 'schema'], role: 'request-body', hidden, viaRef, operation }]
      : [];
  }
  return isObject(param.items)
    ? [{ schema: param.items, path: [...path, 'items'], role: 'parameter', hidden, viaRef, operation }]
    : [];
}

function webhookTriggerOf(model: ConnectorModel, pathItem: unknown): OperationModel | undefined {
  return model.operations.find((op) => op.pathItem === pathItem && op.trigger === 'webhook');
}

function writtenRoots(model: ConnectorModel): SchemaRoot[] {
  const doc = model.document;
  const roots: SchemaRoot[] = [];
  if (!isObject(doc)) return roots;
  const params = (list: unknown, base: JsonPath, hidden: boolean, operation?: OperationModel): void => {
    if (!Array.isArray(list)) return;
    for (const w of writtenParameterList(list, base, hidden))
      roots.push(...parameterRoots(w.node, w.path, w.hidden, false, operation));
  };
  const responses = (map: unknown, base: JsonPath, hidden: boolean, operation?: OperationModel): void => {
    if (!isObject(map)) return;
    for (const code of responseCodes(map)) {
      const r = map[code];
      if (isObject(r) && !Object.hasOwn(r, '$ref') && Object.hasOwn(r, 'schema')) {
        roots.push({
          schema: r.schema,
          path: [...base, code, 'schema'],
          role: 'response',
          hidden: hidden || isInternal(r),
          viaRef: false,
          operation,
        });
      }
    }
  };
  const byNode = new Map<object, OperationModel>();
  for (const op of model.operations) byNode.set(op.node, op);
  if (isObject(doc.paths)) {
    for (const [p, item] of Object.entries(doc.paths)) {
      if (!isObject(item)) continue;
      params(item.parameters, ['paths', p, 'parameters'], isPathItemHidden(item));
      const notification = Object.hasOwn(item, NOTIFICATION_CONTENT) ? item[NOTIFICATION_CONTENT] : undefined;
      if (isObject(notification) && Object.hasOwn(notification, 'schema')) {
        const trigger = webhookTriggerOf(model, item);
        roots.push({
          schema: notification.schema,
          path: ['paths', p, NOTIFICATION_CONTENT, 'schema'],
          role: 'response',
          hidden: trigger?.hidden ?? false,
          viaRef: false,
          operation: trigger,
        });
      }
      for (const method of HTTP_METHODS) {
        const node = Object.hasOwn(item, method) ? item[method] : undefined;
        if (!isObject(node)) continue;
        const op = byNode.get(node);
        const hidden = isInternal(node);
        params(node.parameters, ['paths', p, method, 'parameters'], hidden, op);
        responses(node.responses, ['paths', p, method, 'responses'], hidden, op);
      }
    }
  }
  if (isObject(doc.parameters)) {
    for (const [name, p] of Object.entries(doc.parameters)) {
      if (isObject(p)) roots.push(...parameterRoots(p, ['parameters', name], isInternal(p), false));
    }
  }
  responses(doc.responses, ['responses'], false);
  if (isObject(doc.definitions)) {
    for (const [name, s] of Object.entries(doc.definitions))
      roots.push({ schema: s, path: ['definitions', name], role: 'definition', hidden: false, viaRef: false });
  }
  return roots;
}

function expandedRoots(model: ConnectorModel): SchemaRoot[] {
  const roots: SchemaRoot[] = [];
  for (const op of model.operations) {
    for (const p of op.parameters)
      roots.push(...parameterRoots(p.node, p.jsonPath, op.hidden || p.hidden, p.viaRef, op));
    for (const r of op.responses) {
      if (Object.hasOwn(r.node, 'schema')) {
        roots.push({
          schema: r.node.schema,
          path: [...r.jsonPath, 'schema'],
          role: 'response',
          hidden: op.hidden || isInternal(r.node),
          viaRef: r.viaRef,
          operation: op,
        });
      }
    }
    if (op.trigger === 'webhook') {
      const notification = Object.hasOwn(op.pathItem, NOTIFICATION_CONTENT)
        ? op.pathItem[NOTIFICATION_CONTENT]
        : undefined;
      if (isObject(notification) && Object.hasOwn(notification, 'schema')) {
        roots.push({
          schema: notification.schema,
          path: ['paths', op.path, NOTIFICATION_CONTENT, 'schema'],
          role: 'response',
          hidden: op.hidden,
          viaRef: false,
          operation: op,
        });
      }
    }
  }
  // Notification content on a path item without a webhook trigger is still output a flow receives.
  const doc = model.document;
  const covered = new Set<object>(model.operations.filter((op) => op.trigger === 'webhook').map((op) => op.pathItem));
  if (isObject(doc) && isObject(doc.paths)) {
    for (const [p, item] of Object.entries(doc.paths)) {
      if (!isObject(item) || covered.has(item)) continue;
      const notification = Object.hasOwn(item, NOTIFICATION_CONTENT) ? item[NOTIFICATION_CONTENT] : undefined;
      if (isObject(notification) && Object.hasOwn(notification, 'schema')) {
        roots.push({
          schema: notification.schema,
          path: ['paths', p, NOTIFICATION_CONTENT, 'schema'],
          role: 'response',
          hidden: false,
          viaRef: false,
        });
      }
    }
  }
  return roots;
}

/**
 * The roots of `schemaVisits`: `written` lists every schema where it is written (definitions too, a `{ $ref }`
 * root as written); `expanded` lists each operation's body, parameter `items`, responses and webhook
 * notification content, once per operation that uses them. Never throws.
 */
export function schemaRoots(model: ConnectorModel, mode: 'written' | 'expanded'): readonly SchemaRoot[] {
  return mode === 'written' ? writtenRoots(model) : expandedRoots(model);
}

/**
 * `written`: every schema object where it is written in the document, each once (definitions, shared
 * parameters and responses included; a `{ $ref }` is visited as written, not followed). `expanded`: from each
 * operation's body, non-body parameter `items`, responses and webhook notification content (and notification
 * content on a path item without a webhook trigger), following `$ref`s;
 * each schema object at most once per root, so cycles end. Never throws.
 */
export function schemaVisits(model: ConnectorModel, mode: 'written' | 'expanded'): readonly SchemaVisit[] {
  const cache = visitsOf(model.document);
  const cached = cache.get(model)?.[mode];
  if (cached) return cached;
  const out: SchemaVisit[] = [];
  if (mode === 'written') {
    const seen = new Set<object>();
    for (const root of writtenRoots(model)) walkRoot(model.document, root, false, seen, out);
  } else {
    for (const root of expandedRoots(model)) walkRoot(model.document, root, true, new Set<object>(), out);
  }
  cache.set(model, { ...cache.get(model), [mode]: out });
  return out;
}

/**
 * The expanded visits of one operation that start at `rootPath`: its body `schema`, one response's `schema`
 * (where the response is written) or its notification content `schema`. Never throws.
 */
export function operationRootVisits(
  model: ConnectorModel,
  operation: OperationModel,
  rootPath: JsonPath,
): readonly SchemaVisit[] {
  let byOperation = rootVisitsOf.get(model);
  if (!byOperation) {
    byOperation = new Map();
    // A root's visits share its path (one array): its key is made once.
    let lastRoot: JsonPath | undefined;
    let key = '';
    for (const v of schemaVisits(model, 'expanded')) {
      if (!v.operation) continue;
      let byRoot = byOperation.get(v.operation);
      if (!byRoot) byOperation.set(v.operation, (byRoot = new Map<string, SchemaVisit[]>()));
      if (v.rootPath !== lastRoot) key = pathKey((lastRoot = v.rootPath));
      const list = byRoot.get(key);
      if (list) list.push(v);
      else byRoot.set(key, [v]);
    }
    rootVisitsOf.set(model, byOperation);
  }
  return byOperation.get(operation)?.get(pathKey(rootPath)) ?? [];
}

const rootVisitsOf = new WeakMap<ConnectorModel, Map<OperationModel, Map<string, SchemaVisit[]>>>();

/** Per document, the visits of its model (keyed by model so a non-object document is not cached across models). */
const visitsOf = perDocument(
  (): Map<ConnectorModel, { written?: readonly SchemaVisit[]; expanded?: readonly SchemaVisit[] }> => new Map(),
);
