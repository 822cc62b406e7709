import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';

export interface SchemaChild {
  schema: unknown;
  /** Path segments from the parent schema to the child. */
  segments: JsonPath;
  /** The property name when the child is a `properties` member. */
  propertyName?: string;
}

const ownValue = (schema: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(schema, key) ? schema[key] : undefined;

const NO_CHILDREN: readonly SchemaChild[] = Object.freeze([]);

/**
 * The sub-schemas of a schema as written: properties, items, additionalProperties, allOf/anyOf/oneOf, not. Most
 * schemas are leaves: they share one empty, frozen list.
 */
export function childSchemas(schema: Record<string, unknown>): readonly SchemaChild[] {
  const properties = ownValue(schema, 'properties');
  const items = ownValue(schema, 'items');
  const additional = ownValue(schema, 'additionalProperties');
  const allOf = ownValue(schema, 'allOf');
  const anyOf = ownValue(schema, 'anyOf');
  const oneOf = ownValue(schema, 'oneOf');
  const not = ownValue(schema, 'not');
  if (
    properties === undefined &&
    items === undefined &&
    additional === undefined &&
    allOf === undefined &&
    anyOf === undefined &&
    oneOf === undefined &&
    not === undefined
  )
    return NO_CHILDREN;
  const children: SchemaChild[] = [];
  if (isObject(properties)) {
    for (const name of Object.keys(properties))
      children.push({ schema: properties[name], segments: ['properties', name], propertyName: name });
  }
  if (Array.isArray(items)) items.forEach((s, i) => children.push({ schema: s, segments: ['items', i] }));
  else if (isObject(items)) children.push({ schema: items, segments: ['items'] });
  if (isObject(additional)) children.push({ schema: additional, segments: ['additionalProperties'] });
  for (const [key, list] of [
    ['allOf', allOf],
    ['anyOf', anyOf],
    ['oneOf', oneOf],
  ] as const) {
    if (Array.isArray(list)) list.forEach((s, i) => children.push({ schema: s, segments: [key, i] }));
  }
  if (isObject(not)) children.push({ schema: not, segments: ['not'] });
  return children;
}
