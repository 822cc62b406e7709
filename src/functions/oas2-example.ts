import type { IFunctionResult, RulesetFunction, RulesetFunctionContext } from '@stoplight/spectral-core';
import { schema as schemaFunction } from '@stoplight/spectral-functions';
import traverse from 'json-schema-traverse';
import { isAnnotation, surelyValid } from './surely-valid';
import { isObject } from '../utils/guards';

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
/**
 * By the schema's text as written: its shared, compiled form, or `null` when it must not be shared. Ajv checks a
 * schema only the first time it compiles it, so a schema it rejects stays a fresh copy (rejected again on every call,
 * as in Spectral); so does one with an `id` or `$schema` of its own (Ajv would register the id in its instance, or
 * check it against another meta-schema).
 */
const byText = new Map<string, Prepared | null>();
/** By the text of what validation reads (annotations removed): the one compiled form of all those schemas. */
const byValidation = new Map<string, Prepared>();
/**
 * Distinct schemas, and characters of their text, kept before the caches and their validators are dropped. Most
 * schemas belong to one connector, so a longer memory finds few more: on the corpus, 1,000 gives the same time as
 * 4,000 with 120 MB less at the peak (validators compiled without Ajv's optimising pass are larger).
 */
const MAX_SCHEMAS = 1000;
const MAX_CHARS = 8_000_000;
let cachedChars = 0;

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

function isShareable(schema: Json, context: RulesetFunctionContext): boolean {
  if (hasOwnIdOrMeta(schema)) return false;
  const metaErrors = validateWithSchema(
    schema,
    { schema: DRAFT4_META, dialect: 'draft4' },
    { ...context, documentInventory: sharedInventory as RulesetFunctionContext['documentInventory'] },
  );
  return !(Array.isArray(metaErrors) && metaErrors.length > 0);
}

function withoutAnnotations(schema: Json): Json {
  traverse(schema, (fragment: Json) => {
    for (const key of Object.keys(fragment)) if (isAnnotation(key)) delete fragment[key];
  });
  return schema;
}

/** The shared prepared schema for this text, compiled at most once while it stays in the cache; null: not shared. */
function sharedFor(json: string, relaxWriteOnly: boolean, context: RulesetFunctionContext): Prepared | null {
  const key = relaxWriteOnly ? `w${json}` : `-${json}`;
  let prepared = byText.get(key);
  if (prepared !== undefined) return prepared;
  if (byText.size >= MAX_SCHEMAS || cachedChars + key.length > MAX_CHARS) {
    byText.clear();
    byValidation.clear();
    cachedChars = 0;
    sharedInventory = {};
  }
  prepared = null;
  const fresh = prepare(json, relaxWriteOnly);
  if (isShareable(fresh.schema, context)) {
    const validationKey = JSON.stringify(withoutAnnotations(fresh.schema));
    prepared = byValidation.get(validationKey) ?? fresh;
    if (prepared === fresh) {
      byValidation.set(validationKey, fresh);
      cachedChars += validationKey.length;
    }
  }
  byText.set(key, prepared);
  cachedChars += key.length;
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
  const shared = sharedFor(json, relaxWriteOnly, context);
  // Not shared: Spectral's way, a fresh copy on every call, compiled in the document's own Ajv instance.
  const prepared = shared ?? prepare(json, relaxWriteOnly);
  const inventory = shared ? sharedInventory : context.documentInventory;
  let results: IFunctionResult[] | undefined;
  for (const item of validationItems(target, options.type, context.path)) {
    // Most examples are plainly valid: no need to compile their schema to find nothing.
    if (shared && surelyValid(shared.schema, item.value)) continue;
    const found = validateWithSchema(
      item.value,
      { schema: prepared.schema, dialect: 'draft4', prepareResults: prepared.prepareResults },
      { ...context, path: item.path, documentInventory: inventory as RulesetFunctionContext['documentInventory'] },
    );
    if (Array.isArray(found) && found.length > 0) (results ??= []).push(...found);
  }
  return results;
};

/** How many distinct compiled schemas the shared cache holds (for tests). */
export function exampleSchemaCacheSize(): number {
  return byValidation.size;
}
