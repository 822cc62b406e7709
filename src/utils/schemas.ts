import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';
import { HTTP_METHODS } from './http';
import { isInternal } from '../model/visibility';

/** Where a schema is used: request input, response output, or a shared definition whose use is not known. */
export type SchemaRole = 'request' | 'response' | 'definition' | 'notification';

export interface SchemaVisit {
  schema: Record<string, unknown>;
  path: JsonPath;
  role: SchemaRole;
  /** The schema, an ancestor schema, or its operation/parameter is `x-ms-visibility: internal`. */
  hidden: boolean;
  /** The property name when this schema is a `properties` member. */
  propertyName?: string;
  /** The schema that holds this one as a property, when it is one. */
  parent?: Record<string, unknown>;
  /** Nesting depth below the schema root (0 for the root). */
  depth: number;
}

export interface SchemaRoot {
  schema: unknown;
  path: JsonPath;
  role: SchemaRole;
  hidden: boolean;
}

/**
 * Every schema root of a Swagger 2.0 document as written (not resolved): body parameter schemas,
 * response schemas, webhook notification content and `#/definitions`. Roots that are only a `$ref` are
 * still listed; walking them does not follow the reference.
 */
export function schemaRoots(doc: unknown): SchemaRoot[] {
  const roots: SchemaRoot[] = [];
  if (!isObject(doc)) return roots;
  const addParams = (params: unknown, base: JsonPath, hidden: boolean): void => {
    if (!Array.isArray(params)) return;
    params.forEach((p, i) => {
      if (isObject(p) && 'schema' in p) {
        roots.push({ schema: p.schema, path: [...base, i, 'schema'], role: 'request', hidden: hidden || isInternal(p) });
      }
    });
  };
  const addResponses = (responses: unknown, base: JsonPath, hidden: boolean): void => {
    if (!isObject(responses)) return;
    for (const [code, r] of Object.entries(responses)) {
      if (isObject(r) && 'schema' in r) {
        roots.push({ schema: r.schema, path: [...base, code, 'schema'], role: 'response', hidden: hidden || isInternal(r) });
      }
    }
  };
  if (isObject(doc.paths)) {
    for (const [p, item] of Object.entries(doc.paths)) {
      if (!isObject(item)) continue;
      addParams(item.parameters, ['paths', p, 'parameters'], false);
      const notification = item['x-ms-notification-content'];
      if (isObject(notification) && 'schema' in notification) {
        roots.push({ schema: notification.schema, path: ['paths', p, 'x-ms-notification-content', 'schema'], role: 'notification', hidden: false });
      }
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        const hidden = isInternal(op);
        addParams(op.parameters, ['paths', p, method, 'parameters'], hidden);
        addResponses(op.responses, ['paths', p, method, 'responses'], hidden);
      }
    }
  }
  if (isObject(doc.parameters)) {
    for (const [name, p] of Object.entries(doc.parameters)) {
      if (isObject(p) && 'schema' in p) roots.push({ schema: p.schema, path: ['parameters', name, 'schema'], role: 'request', hidden: isInternal(p) });
    }
  }
  addResponses(doc.responses, ['responses'], false);
  if (isObject(doc.definitions)) {
    for (const [name, s] of Object.entries(doc.definitions)) roots.push({ schema: s, path: ['definitions', name], role: 'definition', hidden: false });
  }
  return roots;
}

/** Child schemas of a schema, with the path segments that lead to them. */
export function childSchemas(schema: Record<string, unknown>): Array<{ schema: unknown; segments: JsonPath; propertyName?: string }> {
  const children: Array<{ schema: unknown; segments: JsonPath; propertyName?: string }> = [];
  if (isObject(schema.properties)) {
    for (const [name, s] of Object.entries(schema.properties)) children.push({ schema: s, segments: ['properties', name], propertyName: name });
  }
  if (Array.isArray(schema.items)) schema.items.forEach((s, i) => children.push({ schema: s, segments: ['items', i] }));
  else if (schema.items !== undefined) children.push({ schema: schema.items, segments: ['items'] });
  if (isObject(schema.additionalProperties)) children.push({ schema: schema.additionalProperties, segments: ['additionalProperties'] });
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((s, i) => children.push({ schema: s, segments: [key, i] }));
  }
  return children;
}

/**
 * Visit every schema object under the given roots, depth first, as written (a `$ref` is not followed).
 * Guards against object cycles and stops descending below `maxDepth`.
 */
export function walkSchemas(roots: SchemaRoot[], visit: (v: SchemaVisit) => void, maxDepth = 64): void {
  const onStack = new Set<unknown>();
  const walk = (schema: unknown, path: JsonPath, role: SchemaRole, hidden: boolean, depth: number, propertyName?: string, parent?: Record<string, unknown>): void => {
    if (!isObject(schema) || onStack.has(schema) || depth > maxDepth) return;
    const nowHidden = hidden || isInternal(schema);
    visit({ schema, path, role, hidden: nowHidden, propertyName, parent, depth });
    onStack.add(schema);
    for (const child of childSchemas(schema)) {
      walk(child.schema, [...path, ...child.segments], role, nowHidden, depth + 1, child.propertyName, child.propertyName ? schema : undefined);
    }
    onStack.delete(schema);
  };
  for (const root of roots) walk(root.schema, root.path, root.role, root.hidden, 0);
}


