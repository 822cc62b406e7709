import { isObject } from '../utils/guards';

export interface SchemaChild {
  schema: unknown;
  /** Path segments from the parent schema to the child (shared between children: never mutate). */
  segments: readonly (string | number)[];
  /** The property name when the child is a `properties` member. */
  propertyName?: string;
}

const ownValue = (schema: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(schema, key) ? schema[key] : undefined;

const NO_CHILDREN: readonly SchemaChild[] = Object.freeze([]);

// Keyword-only segments are the same for every child: one array each rather than one per child.
const ITEMS = Object.freeze(['items']);
const ADDITIONAL_PROPERTIES = Object.freeze(['additionalProperties']);
const NOT = Object.freeze(['not']);

/** The members of an `items` tuple or an `allOf`/`anyOf`/`oneOf` list, when it is a list. */
function pushListed(children: SchemaChild[], keyword: string, list: unknown): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) children.push({ schema: list[i], segments: [keyword, i] });
}

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
  if (Array.isArray(items)) pushListed(children, 'items', items);
  else if (isObject(items)) children.push({ schema: items, segments: ITEMS });
  if (isObject(additional)) children.push({ schema: additional, segments: ADDITIONAL_PROPERTIES });
  pushListed(children, 'allOf', allOf);
  pushListed(children, 'anyOf', anyOf);
  pushListed(children, 'oneOf', oneOf);
  if (isObject(not)) children.push({ schema: not, segments: NOT });
  return children;
}
