import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';

export interface SchemaChild {
  schema: unknown;
  /** Path segments from the parent schema to the child. */
  segments: JsonPath;
  /** The property name when the child is a `properties` member. */
  propertyName?: string;
}

/** The sub-schemas of a schema as written: properties, items, additionalProperties, allOf/anyOf/oneOf, not. */
export function childSchemas(schema: Record<string, unknown>): SchemaChild[] {
  const children: SchemaChild[] = [];
  const own = (key: string): unknown => (Object.hasOwn(schema, key) ? schema[key] : undefined);
  const properties = own('properties');
  if (isObject(properties)) {
    for (const [name, s] of Object.entries(properties))
      children.push({ schema: s, segments: ['properties', name], propertyName: name });
  }
  const items = own('items');
  if (Array.isArray(items)) items.forEach((s, i) => children.push({ schema: s, segments: ['items', i] }));
  else if (isObject(items)) children.push({ schema: items, segments: ['items'] });
  const additional = own('additionalProperties');
  if (isObject(additional)) children.push({ schema: additional, segments: ['additionalProperties'] });
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = own(key);
    if (Array.isArray(list)) list.forEach((s, i) => children.push({ schema: s, segments: [key, i] }));
  }
  const not = own('not');
  if (isObject(not)) children.push({ schema: not, segments: ['not'] });
  return children;
}
