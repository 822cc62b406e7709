import { hasNestedQuantifier } from './guard';
import { isObject } from '../utils/guards';

/**
 * A quick proof that a value is valid against a draft-04 schema, for the example checks: when it says yes, Ajv would
 * too, so the schema need not be compiled just to say nothing. It only knows the keywords examples use most (types,
 * properties, required, items, enum, formats, lengths, bounds, allOf); anything else, or any doubt, answers no, and
 * the value goes to Ajv as before. Only schemas that passed Ajv's meta-schema check reach it (`oas2-example.ts`), so
 * each keyword's value has its meta-schema type.
 */

type Json = Record<string, unknown>;

/** Keywords no validator reads: two schemas that differ only in these validate every value alike. */
export function isAnnotation(key: string): boolean {
  return (
    key === 'example' ||
    key === 'description' ||
    key === 'title' ||
    key === 'default' ||
    key === 'externalDocs' ||
    key.startsWith('x-')
  );
}

/**
 * Keys Ajv ignores in these schemas: annotations, `readOnly` and `xml` (no draft-04 keywords), and the fields of a
 * non-body parameter (its own schema, in Swagger 2.0).
 */
function ignoredByAjv(key: string): boolean {
  return isAnnotation(key) || PARAMETER_FIELDS.has(key) || key === 'readOnly' || key === 'xml';
}

const PARAMETER_FIELDS = new Set(['name', 'in', 'collectionFormat', 'allowEmptyValue']);

const UNDERSTOOD = new Set([
  'type',
  'nullable',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'enum',
  'format',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'allOf',
]);

/** Deeper schemas are left to Ajv. */
const MAX_DEPTH = 32;

type FormatCheck = true | RegExp | ((value: never) => boolean) | { type?: string; async?: boolean; validate: unknown };

interface AjvRuntime {
  formats: Record<string, FormatCheck | undefined>;
  ucs2length: (text: string) => number;
}

let runtime: AjvRuntime | null | undefined;

type CreateRequire = (from: string) => NodeJS.Require;

/**
 * Node's `createRequire`, found without a static `require('module')`: this code also runs inside spectral-cli's
 * ruleset bundle, whose bundler warns on every run about built-in modules it cannot resolve.
 */
function nodeCreateRequire(): CreateRequire | undefined {
  const builtin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.('node:module') as
    { createRequire?: CreateRequire } | undefined;
  if (typeof builtin?.createRequire === 'function') return builtin.createRequire;
  // Older Node: a CommonJS module's constructor is Node's Module class.
  const moduleClass =
    typeof module === 'object'
      ? (module as { constructor?: { createRequire?: CreateRequire } }).constructor
      : undefined;
  return typeof moduleClass?.createRequire === 'function' ? moduleClass.createRequire : undefined;
}

/** The formats and string length of the Ajv that Spectral's schema function uses (ajv-formats' full set). */
function ajvRuntime(): AjvRuntime | null {
  if (runtime !== undefined) return runtime;
  try {
    const createRequire = nodeCreateRequire();
    if (!createRequire) return (runtime = null);
    const fromFunctions = createRequire(require.resolve('@stoplight/spectral-functions'));
    const formats = (fromFunctions('ajv-formats/dist/formats') as { fullFormats: AjvRuntime['formats'] }).fullFormats;
    const fromAjv = createRequire(fromFunctions.resolve('ajv'));
    const ucs2length = (fromAjv('./runtime/ucs2length') as { default: AjvRuntime['ucs2length'] }).default;
    runtime = typeof ucs2length === 'function' && typeof formats === 'object' ? { formats, ucs2length } : null;
  } catch {
    runtime = null;
  }
  return runtime;
}

const compilable = new WeakMap<object, boolean>();

const patterns = new Map<string, RegExp | null>();

/**
 * A schema's `pattern` as Ajv compiles it (no `u` flag: Spectral's instances set `unicodeRegExp: false`). Patterns
 * that may backtrack for ever (nested quantifiers) or are very long are left to the example rule's own guard.
 */
function patternOf(source: unknown): RegExp | undefined {
  if (typeof source !== 'string' || source.length > 1000 || hasNestedQuantifier(source)) return undefined;
  let re = patterns.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source);
    } catch {
      re = null;
    }
    if (patterns.size >= 1000) patterns.clear();
    patterns.set(source, re);
  }
  return re ?? undefined;
}

/** Every keyword, at every level, is one this module checks exactly as Ajv does, and each `pattern` compiles. */
function understood(schema: unknown, depth = 0): boolean {
  if (!isObject(schema) || depth > MAX_DEPTH) return false;
  for (const key of Object.keys(schema)) {
    if (ignoredByAjv(key)) continue;
    if (!UNDERSTOOD.has(key)) return false;
    const value = schema[key];
    switch (key) {
      case 'nullable':
        // Ajv wants a `type` beside it, and `null` in any `enum`: leave the rest to Ajv.
        if (value !== true || schema.type === undefined || schema.enum !== undefined) return false;
        break;
      case 'uniqueItems':
        if (value !== false) return false;
        break;
      case 'items':
      case 'additionalProperties':
        if (typeof value !== 'boolean' && !understood(value, depth + 1)) return false;
        if (key === 'items' && typeof value === 'boolean') return false;
        break;
      case 'properties':
        if (!isObject(value)) return false;
        for (const child of Object.values(value)) if (!understood(child, depth + 1)) return false;
        break;
      case 'allOf':
        if (!Array.isArray(value) || !value.every((child) => understood(child, depth + 1))) return false;
        break;
      case 'pattern':
        if (patternOf(value) === undefined) return false;
        break;
      case 'format': {
        const check = typeof value === 'string' ? ajvRuntime()?.formats[value] : undefined;
        if (isObject(check) && check.async) return false;
        break;
      }
    }
  }
  return true;
}

function typeMatches(type: unknown, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    default:
      return false;
  }
}

function formatHolds(format: unknown, value: unknown, formats: AjvRuntime['formats']): boolean {
  const check = typeof format === 'string' && Object.hasOwn(formats, format) ? formats[format] : undefined;
  // Ajv ignores a format it does not know (Spectral's instances are not strict); `true` accepts every value.
  if (check === undefined || check === true) return true;
  if (check instanceof RegExp) return typeof value !== 'string' || check.test(value);
  if (typeof check === 'function') return typeof value !== 'string' || (check as (v: string) => boolean)(value);
  const type = check.type ?? 'string';
  // A format applies to values of its own type only.
  if (type === 'number' ? typeof value !== 'number' : typeof value !== 'string') return true;
  return typeof check.validate === 'function'
    ? (check.validate as (v: unknown) => boolean)(value)
    : check.validate instanceof RegExp && check.validate.test(value as string);
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** True only when the value is valid; false when it is not, or when that is not certain. */
function fits(schema: Json, value: unknown, ajv: AjvRuntime): boolean {
  const { type } = schema;
  if (type !== undefined) {
    const types = Array.isArray(type) ? type : [type];
    const nullOk = schema.nullable === true && value === null;
    if (!nullOk && !types.some((t) => typeMatches(t, value))) return false;
  }
  // Equal text is equal JSON; values equal in another key order are left to Ajv.
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => sameJson(option, value))) return false;
  if (schema.format !== undefined && !formatHolds(schema.format, value, ajv.formats)) return false;
  if (typeof value === 'string') {
    const length = schema.minLength !== undefined || schema.maxLength !== undefined ? ajv.ucs2length(value) : undefined;
    if (typeof schema.minLength === 'number' && length! < schema.minLength) return false;
    if (typeof schema.maxLength === 'number' && length! > schema.maxLength) return false;
    if (schema.pattern !== undefined && patternOf(schema.pattern)?.test(value) !== true) return false;
  }
  if (typeof value === 'number') {
    const { minimum, maximum } = schema;
    if (typeof minimum === 'number' && (schema.exclusiveMinimum === true ? value <= minimum : value < minimum))
      return false;
    if (typeof maximum === 'number' && (schema.exclusiveMaximum === true ? value >= maximum : value > maximum))
      return false;
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return false;
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return false;
    if (isObject(schema.items) && !value.every((item) => fits(schema.items as Json, item, ajv))) return false;
  }
  if (isObject(value) && !objectFits(schema, value, ajv)) return false;
  if (Array.isArray(schema.allOf) && !schema.allOf.every((part) => fits(part as Json, value, ajv))) return false;
  return true;
}

function objectFits(schema: Json, value: Json, ajv: AjvRuntime): boolean {
  const keys = Object.keys(value);
  if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) return false;
  if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) return false;
  if (Array.isArray(schema.required) && !schema.required.every((k) => typeof k === 'string' && Object.hasOwn(value, k)))
    return false;
  const properties = isObject(schema.properties) ? schema.properties : {};
  // Ajv reads `value.name` for each declared property: one inherited from Object.prototype (`constructor`) is
  // checked there although the example does not have it.
  for (const name of Object.keys(properties)) if (!Object.hasOwn(value, name) && name in value) return false;
  const extra = schema.additionalProperties;
  for (const key of keys) {
    if (Object.hasOwn(properties, key)) {
      if (!fits(properties[key] as Json, value[key], ajv)) return false;
    } else if (extra === false || (isObject(extra) && !fits(extra, value[key], ajv))) return false;
  }
  return true;
}

/**
 * True when Ajv would surely accept `value` against `schema` (a schema already accepted by Ajv's draft-04
 * meta-schema); false means "ask Ajv".
 */
export function surelyValid(schema: Json, value: unknown): boolean {
  const ajv = ajvRuntime();
  if (!ajv) return false;
  let ok = compilable.get(schema);
  if (ok === undefined) {
    ok = understood(schema);
    compilable.set(schema, ok);
  }
  if (!ok) return false;
  try {
    return fits(schema, value, ajv);
  } catch {
    return false;
  }
}
