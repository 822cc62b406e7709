import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';
import type { SchemaRole } from './schemas';
import { perDocument } from '../model/memo';
import { derefSchema, operationSchemaRoots, pathKey, walkExpanded } from './schemas-expand';
import { nodeAt } from '../model/refs';

export interface PropertyVisit {
  /** The property name. */
  name: string;
  /** The property schema, `$ref` followed. */
  schema: Record<string, unknown>;
  /** The property as written in its parent (a `{ "$ref": ... }` object when it is a reference). */
  written: Record<string, unknown> | undefined;
  /** Its `allOf` members, `$ref`s followed: their fields count as the property's own. */
  merged: Array<Record<string, unknown>>;
  /** Where the property schema is written: the property itself, or the referenced definition. */
  path: JsonPath;
  /** The `properties` object the property is listed in. */
  parentPath: JsonPath;
  role: SchemaRole;
}

function collect(doc: unknown, roles: readonly SchemaRole[]): PropertyVisit[] {
  const found = new Map<string, PropertyVisit>();
  const roots = operationSchemaRoots(doc).filter((r) => roles.includes(r.role) && !r.hidden);
  walkExpanded(doc, roots, (v) => {
    if (v.propertyName === undefined || v.hidden || !v.propertyPath) return;
    const key = pathKey(v.path);
    if (found.has(key)) return;
    const written = nodeAt(doc, v.propertyPath);
    const merged = Array.isArray(v.schema.allOf)
      ? v.schema.allOf.map((m) => derefSchema(doc, m, [])?.schema).filter((m): m is Record<string, unknown> => m !== undefined)
      : [];
    found.set(key, {
      name: v.propertyName,
      schema: v.schema,
      written: isObject(written) ? written : undefined,
      merged,
      path: v.path,
      parentPath: v.propertyPath.slice(0, -1),
      role: v.role,
    });
  });
  return [...found.values()];
}

const requestProperties = perDocument((doc) => collect(doc, ['request']));
const outputProperties = perDocument((doc) => collect(doc, ['response', 'notification']));

/**
 * The visible schema properties that operations use as input (`request`: body parameters) or output
 * (`output`: responses and webhook notification content), `$ref`s followed, each written property once.
 * Hidden properties (internal themselves, or under an internal schema, parameter, response or operation) are
 * left out. Memoised per document.
 */
export function visibleProperties(doc: unknown, side: 'request' | 'output'): readonly PropertyVisit[] {
  return side === 'request' ? requestProperties(doc) : outputProperties(doc);
}

/** A field of a property, looking through a `$ref` wrapper's siblings and its `allOf` members too. */
export function propertyText(p: PropertyVisit, field: string): unknown {
  const own = p.schema[field];
  if (own !== undefined) return own;
  if (p.written?.[field] !== undefined) return p.written[field];
  return p.merged.find((m) => m[field] !== undefined)?.[field];
}

/** Group properties by the `properties` object they are listed in (in first-seen order). */
export function byParent(properties: readonly PropertyVisit[]): Array<{ parentPath: JsonPath; properties: PropertyVisit[] }> {
  const groups = new Map<string, { parentPath: JsonPath; properties: PropertyVisit[] }>();
  for (const p of properties) {
    const key = pathKey(p.parentPath);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { parentPath: p.parentPath, properties: [] }));
    group.properties.push(p);
  }
  return [...groups.values()];
}
