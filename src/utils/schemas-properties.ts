import type { JsonPath } from '@stoplight/types';
import { isObject } from './guards';
import {
  connectorModel,
  followToObject,
  NOTIFICATION_CONTENT,
  nodeAt,
  pathKey,
  perDocument,
  schemaVisits,
  type SchemaRole,
  type SchemaVisit,
} from '../model';

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
  /** `path` as a map key (`pathKey`), made once for every rule that groups or compares properties. */
  key: string;
  /** The `properties` object the property is listed in. */
  parentPath: JsonPath;
  /** `parentPath` as a map key. */
  parentKey: string;
  role: SchemaRole;
}

/** A deprecated operation is kept for old flows: no new text is asked of its parameters and responses. */
function deprecatedInput(v: SchemaVisit): boolean {
  return v.operation?.deprecated === true && v.rootPath[2] !== NOTIFICATION_CONTENT;
}

function collect(doc: unknown, role: SchemaRole): PropertyVisit[] {
  const found = new Map<string, PropertyVisit>();
  // Each schema object is described once, where the walk first meets it (later uses of a shared definition add
  // nothing).
  const seen = new Set<object>();
  for (const v of schemaVisits(connectorModel(doc), 'expanded')) {
    if (v.role !== role || v.hidden || deprecatedInput(v) || seen.has(v.schema)) continue;
    seen.add(v.schema);
    if (v.propertyName === undefined) continue;
    const key = pathKey(v.path);
    if (found.has(key)) continue;
    const written = nodeAt(doc, v.usePath);
    const merged = Array.isArray(v.schema.allOf)
      ? v.schema.allOf
          .map((m) => followToObject(doc, m, [])?.node)
          .filter((m): m is Record<string, unknown> => m !== undefined)
      : [];
    const parentPath = v.usePath.slice(0, -1);
    found.set(key, {
      name: v.propertyName,
      schema: v.schema,
      written: isObject(written) ? written : undefined,
      merged,
      path: v.path,
      key,
      parentPath,
      parentKey: pathKey(parentPath),
      role,
    });
  }
  return [...found.values()];
}

const requestProperties = perDocument((doc) => collect(doc, 'request-body'));
const outputProperties = perDocument((doc) => collect(doc, 'response'));

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
export function byParent(
  properties: readonly PropertyVisit[],
): Array<{ parentPath: JsonPath; properties: PropertyVisit[] }> {
  const groups = new Map<string, { parentPath: JsonPath; properties: PropertyVisit[] }>();
  for (const p of properties) {
    let group = groups.get(p.parentKey);
    if (!group) groups.set(p.parentKey, (group = { parentPath: p.parentPath, properties: [] }));
    group.properties.push(p);
  }
  return [...groups.values()];
}
