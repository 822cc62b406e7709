import type { IFunctionResult, RulesetFunction, RulesetFunctionContext } from '@stoplight/spectral-core';
import { schema as schemaFunction } from '@stoplight/spectral-functions';
import traverse from 'json-schema-traverse';

/**
 * Spectral's `oas2-valid-schema-example` and `oas2-valid-media-example` check (its `oasExample` function, for
 * Swagger 2.0): the same schema preparation, the same validator and the same messages. What differs is the cost.
 * Spectral deep-copies the schema on every call, so its validator cache never hits and one schema compiles once per
 * example, per `$ref` that expands it, per document. Here a prepared schema is keyed by its content and shared by
 * every call and every document of the run, so each distinct schema compiles once.
 */

type Json = Record<string, unknown>;
type SchemaFunctionOptions = { schema: Json; dialect: 'draft4'; prepareResults?: (errors: unknown[]) => void };

interface Prepared {
  schema: Json;
  prepareResults: (errors: unknown[]) => void;
  /**
   * Shared between documents only when this is true: the schema passes Ajv's own check of it, and no node has an
   * `id` or `$schema` of its own (Ajv would register the id in its instance, or check against another meta-schema).
   * Ajv checks a schema only the first time it compiles it, so a rejected schema has to stay a fresh copy to be
   * rejected again, as Spectral does on every call.
   */
  shareable?: boolean;
}

/** Validates a schema against Ajv's draft-04 meta-schema, as Ajv does before it compiles one. */
const DRAFT4_META: Json = { $ref: 'http://json-schema.org/draft-04/schema#' };

export interface ExampleOptions {
  type: 'schema' | 'media';
  schemaField: string;
  oasVersion: 2;
}

/** Compiled validators live in Spectral's Ajv instances, keyed by this object: a new key drops them all. */
let sharedInventory: object = {};
const preparedByContent = new Map<string, Prepared>();
/** Distinct schemas kept before the cache (and the validators compiled from it) is dropped and rebuilt. */
const MAX_SCHEMAS = 4000;

const validateWithSchema = schemaFunction as unknown as (
  value: unknown,
  options: SchemaFunctionOptions,
  context: RulesetFunctionContext,
) => IFunctionResult[] | void;

/** The keyword tables json-schema-traverse exports at run time (its typings omit them). */
const keywordTables = traverse as unknown as Record<'keywords' | 'arrayKeywords' | 'propsKeywords', object>;
const KNOWN_TRAVERSE_KEYWORDS = new Set([
  ...Object.keys(keywordTables.keywords),
  ...Object.keys(keywordTables.arrayKeywords),
  ...Object.keys(keywordTables.propsKeywords),
]);

/** As Spectral: `id` is removed from objects that are not schemas (examples, extensions) so Ajv ignores it. */
function cleanSchema(schema: Json): void {
  traverse(schema, { allKeys: true }, (fragment, _pointer, _root, _parentPointer, parentKeyword) => {
    if (parentKeyword === undefined || KNOWN_TRAVERSE_KEYWORDS.has(parentKeyword)) return;
    if ('id' in fragment || '$id' in fragment) delete fragment.id;
  });
}

/** As Spectral: in a request, readOnly properties are not required; in a response, writeOnly ones are not. */
function relaxRequired(schema: Json, readOnly: boolean, writeOnly: boolean): void {
  if (!readOnly && !writeOnly) return;
  const notPointers: string[] = [];
  traverse(schema, {}, (fragment, pointer, _root, parentPointer, parentKeyword, parent, propertyName) => {
    if (parentKeyword === 'not') {
      notPointers.push(pointer);
      return;
    }
    if (
      parentPointer !== undefined &&
      notPointers.some((p) => parentPointer === p || parentPointer.startsWith(`${p}/`))
    )
      return;
    const relaxed = (fragment.readOnly === true && readOnly) || (fragment.writeOnly === true && writeOnly);
    if (!relaxed || parentKeyword !== 'properties' || !parent) return;
    const required: unknown = parent.required;
    if (required !== undefined && !Array.isArray(required)) return;
    parent.required = (required as unknown[] | undefined)?.filter((p) => p !== propertyName);
    if ((parent.required as unknown[] | undefined)?.length === 0) delete parent.required;
  });
}

/** As Spectral's oasSchema for Swagger 2.0: `x-nullable: true` becomes `nullable`, and type errors then say so. */
function nullableForOas2(schema: Json): (errors: unknown[]) => void {
  traverse(schema, (fragment: Json) => {
    if (fragment['x-nullable'] === true) {
      fragment.nullable = true;
      delete fragment['x-nullable'];
    }
  });
  return (errors) => {
    for (const error of errors as { keyword?: string; schemaPath: string; message?: string }[]) {
      if (error.keyword !== 'type') continue;
      const owner = schemaAt(schema, error.schemaPath);
      if (owner?.nullable === true) error.message += ',null';
    }
  };
}

function schemaAt(schema: Json, schemaPath: string): Json | undefined {
  const segments = schemaPath
    .replace(/^#\/?/, '')
    .split('/')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
  let value: unknown = schema;
  for (const segment of segments.slice(0, -1)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Json)[segment];
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Swagger 2.0 response paths whose media examples relax writeOnly properties (requests have no media examples). */
function isMediaResponse(path: readonly (string | number)[]): boolean {
  return path[0] === 'responses' || (path[0] === 'paths' && path[3] === 'responses');
}

function prepare(json: string, relaxWriteOnly: boolean): Prepared {
  const schema = JSON.parse(json) as Json;
  cleanSchema(schema);
  relaxRequired(schema, false, relaxWriteOnly);
  return { schema, prepareResults: nullableForOas2(schema) };
}

function hasOwnIdOrMeta(schema: Json): boolean {
  let found = false;
  traverse(schema, { allKeys: true }, (fragment) => {
    if (typeof fragment.id === 'string' || '$id' in fragment || '$schema' in fragment) found = true;
  });
  return found;
}

function isShareable(prepared: Prepared, context: RulesetFunctionContext): boolean {
  if (prepared.shareable === undefined) {
    const metaErrors = validateWithSchema(
      prepared.schema,
      { schema: DRAFT4_META, dialect: 'draft4' },
      { ...context, documentInventory: sharedInventory as RulesetFunctionContext['documentInventory'] },
    );
    prepared.shareable = !hasOwnIdOrMeta(prepared.schema) && !(Array.isArray(metaErrors) && metaErrors.length > 0);
  }
  return prepared.shareable;
}

/** A prepared schema for this content, compiled at most once while it stays in the cache. */
function preparedFor(json: string, relaxWriteOnly: boolean): Prepared {
  const key = relaxWriteOnly ? `w${json}` : `-${json}`;
  let prepared = preparedByContent.get(key);
  if (!prepared) {
    if (preparedByContent.size >= MAX_SCHEMAS) {
      preparedByContent.clear();
      sharedInventory = {};
    }
    prepared = prepare(json, relaxWriteOnly);
    preparedByContent.set(key, prepared);
  }
  return prepared;
}

/** The values to check and where they are: `example`, `x-example`, `default`; or each of a response's `examples`. */
function* validationItems(
  target: Json,
  type: 'schema' | 'media',
  path: readonly (string | number)[],
): Generator<{ value: unknown; path: (string | number)[] }> {
  if (type === 'schema') {
    for (const field of ['example', 'x-example', 'default'])
      if (field in target) yield { value: target[field], path: [...path, field] };
    return;
  }
  const examples = target.examples;
  if (!isObject(examples)) return;
  for (const key of Object.keys(examples)) yield { value: examples[key], path: [...path, 'examples', key] };
}

export const oas2Example: RulesetFunction<Json, ExampleOptions> = function oas2Example(
  target: Json,
  options: ExampleOptions,
  context: RulesetFunctionContext,
) {
  if (!isObject(target)) return undefined;
  const field = options.schemaField === '$' ? target : target[options.schemaField];
  if (!isObject(field)) return undefined;
  let schema: Json = field;
  if (typeof schema.required === 'boolean') {
    schema = { ...schema };
    delete schema.required;
  }
  const json = JSON.stringify(schema);
  const relaxWriteOnly = options.type === 'media' && isMediaResponse(context.path);
  let prepared = preparedFor(json, relaxWriteOnly);
  let inventory: object = sharedInventory;
  if (!isShareable(prepared, context)) {
    // Spectral's way: a fresh copy on every call, compiled in the document's own Ajv instance.
    prepared = prepare(json, relaxWriteOnly);
    inventory = context.documentInventory;
  }
  let results: IFunctionResult[] | undefined;
  for (const item of validationItems(target, options.type, context.path)) {
    const found = validateWithSchema(
      item.value,
      { schema: prepared.schema, dialect: 'draft4', prepareResults: prepared.prepareResults },
      { ...context, path: item.path, documentInventory: inventory as RulesetFunctionContext['documentInventory'] },
    );
    if (Array.isArray(found) && found.length > 0) (results ??= []).push(...found);
  }
  return results;
};

/** How many prepared schemas the shared cache holds (for tests). */
export function exampleSchemaCacheSize(): number {
  return preparedByContent.size;
}
