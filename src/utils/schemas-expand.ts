import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';
import { followRef, nodeAt, refToPath } from '../model/refs';
import { childSchemas, type SchemaRole, type SchemaRoot } from './schemas';
import { isDeprecatedOperation, isInternal } from '../model/visibility';

export interface Dereferenced {
  /** The schema object after following `$ref`s. */
  schema: Record<string, unknown>;
  /** Where that object is written in the document. */
  path: JsonPath;
  /** True when at least one `$ref` was followed. */
  viaRef: boolean;
  /** Some object on the way (the reference itself included) is `x-ms-visibility: internal`. */
  internal: boolean;
}

/**
 * Follow local `$ref`s from a schema written at `path` until a schema without `$ref` is reached.
 * Returns undefined for a non-object, a remote or broken reference, a reference loop or a chain longer than
 * Never throws.
 */
export function derefSchema(doc: unknown, schema: unknown, path: JsonPath): Dereferenced | undefined {
  const resolved = followRef(doc, schema, path);
  if (!isObject(resolved.node)) return undefined;
  return { schema: resolved.node, path: resolved.path, viaRef: resolved.viaRef, internal: isInternal(schema) || isInternal(resolved.node) };
}

export interface ExpandedVisit {
  /** The schema object, `$ref`s already followed. */
  schema: Record<string, unknown>;
  /** Where it is written (a `#/definitions/...` path when it was reached through a reference). */
  path: JsonPath;
  role: SchemaRole;
  /** Hidden by itself, the reference that led here, a schema ancestor, its parameter or its operation. */
  hidden: boolean;
  /** The property name when the schema was reached as a `properties` member (through a `$ref` or not); not set on `allOf` members. */
  propertyName?: string;
  /** The (dereferenced) schema holding this one as a property. */
  parent?: Record<string, unknown>;
  /** Where the property is written in its parent (differs from `path` when the property is a `$ref`). */
  propertyPath?: JsonPath;
  /** Nesting depth below the schema root, counting `properties`, `items` and `additionalProperties` steps. */
  depth: number;
  /** Path of the root the walk started from. */
  rootPath: JsonPath;
}

export interface ExpandedWalkOptions {
  /** Stop descending below this depth (default 64). */
  maxDepth?: number;
  /** Stop after this many visits in all (default 200,000): a hard cap so that no document can hang the walk. */
  maxVisits?: number;
}

/**
 * Visit every schema reachable from the given roots, following local `$ref`s, depth first.
 * Each schema object is visited at most once per visibility state (hidden or not), so shared definitions are
 * seen once from visible uses and once from hidden ones; reference cycles are cut. `allOf` members are walked
 * at their parent's depth (they are merged into it) but are not properties themselves. Never throws.
 */
export function walkExpanded(doc: unknown, roots: readonly SchemaRoot[], visit: (v: ExpandedVisit) => void, options: ExpandedWalkOptions = {}): void {
  const maxDepth = options.maxDepth ?? 64;
  let budget = options.maxVisits ?? 200_000;
  const visited = [new Set<unknown>(), new Set<unknown>()];
  const walk = (
    raw: unknown,
    rawPath: JsonPath,
    role: SchemaRole,
    hidden: boolean,
    depth: number,
    rootPath: JsonPath,
    propertyName?: string,
    parent?: Record<string, unknown>,
  ): void => {
    if (budget <= 0 || depth > maxDepth) return;
    const d = derefSchema(doc, raw, rawPath);
    if (!d) return;
    const nowHidden = hidden || d.internal;
    const seen = visited[nowHidden ? 1 : 0]!;
    if (seen.has(d.schema)) return;
    seen.add(d.schema);
    budget--;
    visit({ schema: d.schema, path: d.path, role, hidden: nowHidden, propertyName, parent, propertyPath: propertyName !== undefined ? rawPath : undefined, depth, rootPath });
    for (const child of childSchemas(d.schema)) {
      const inAllOf = child.segments[0] === 'allOf' || child.segments[0] === 'anyOf' || child.segments[0] === 'oneOf';
      walk(
        child.schema,
        [...d.path, ...child.segments],
        role,
        nowHidden,
        inAllOf ? depth : depth + 1,
        rootPath,
        inAllOf ? undefined : child.propertyName,
        inAllOf ? undefined : child.propertyName !== undefined ? d.schema : undefined,
      );
    }
  };
  for (const root of roots) walk(root.schema, root.path, root.role, root.hidden, 0, root.path);
}

/**
 * The schema roots that operations use (request bodies, responses, webhook notification content), as written,
 * with the operation's visibility. Unlike `schemaRoots`, root `#/parameters` and `#/responses` entries are
 * reached through the operations that reference them, so they inherit the operation's visibility; unused
 * definitions are not roots. Each root is listed once per visibility state.
 */
export function operationSchemaRoots(doc: unknown): SchemaRoot[] {
  const roots: SchemaRoot[] = [];
  if (!isObject(doc) || !isObject(doc.paths)) return roots;
  const seen = new Set<string>();
  const addParams = (params: unknown, base: JsonPath, hidden: boolean): void => {
    if (!Array.isArray(params)) return;
    params.forEach((p, i) => {
      if (!isObject(p)) return;
      let param: unknown = p;
      let path: JsonPath = [...base, i];
      if (typeof p.$ref === 'string') {
        const target = refToPath(p.$ref);
        if (!target) return;
        param = nodeAt(doc, target);
        path = target;
      }
      if (isObject(param) && 'schema' in param) {
        const rootHidden = hidden || isInternal(p) || isInternal(param);
        const key = `${pathKey(path)}|${rootHidden}`;
        if (seen.has(key)) return;
        seen.add(key);
        roots.push({ schema: param.schema, path: [...path, 'schema'], role: 'request', hidden: rootHidden });
      }
    });
  };
  const addResponses = (responses: unknown, base: JsonPath, hidden: boolean): void => {
    if (!isObject(responses)) return;
    for (const [code, r] of Object.entries(responses)) {
      if (!isObject(r) || code.startsWith('x-')) continue;
      let response: unknown = r;
      let path: JsonPath = [...base, code];
      if (typeof r.$ref === 'string') {
        const target = refToPath(r.$ref);
        if (!target) continue;
        response = nodeAt(doc, target);
        path = target;
      }
      if (isObject(response) && 'schema' in response) {
        const rootHidden = hidden || isInternal(r) || isInternal(response);
        const key = `${pathKey(path)}|${rootHidden}`;
        if (seen.has(key)) continue;
        seen.add(key);
        roots.push({ schema: response.schema, path: [...path, 'schema'], role: 'response', hidden: rootHidden });
      }
    }
  };
  for (const [p, item] of Object.entries(doc.paths)) {
    if (!isObject(item)) continue;
    const notification = item['x-ms-notification-content'];
    if (isObject(notification) && 'schema' in notification) {
      roots.push({ schema: notification.schema, path: ['paths', p, 'x-ms-notification-content', 'schema'], role: 'notification', hidden: false });
    }
    for (const [method, op] of Object.entries(item)) {
      if (!isObject(op) || !['get', 'put', 'post', 'delete', 'options', 'head', 'patch'].includes(method)) continue;
      const hidden = isInternal(op) || isDeprecatedOperation(op);
      addParams(item.parameters, ['paths', p, 'parameters'], hidden);
      addParams(op.parameters, ['paths', p, method, 'parameters'], hidden);
      addResponses(op.responses, ['paths', p, method, 'responses'], hidden);
    }
  }
  return roots;
}

/** A stable key for a JSON path, to de-duplicate findings. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}
