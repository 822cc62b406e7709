import type { JsonPath } from '@stoplight/types';
import { isObject, quote, show } from './guards';

/**
 * A small description of an extension's value: enough to state and check the shapes Microsoft's schema
 * gives the `x-ms-*` keys, with messages that name the offending part.
 */
export type ValueSpec =
  | { type: 'any' }
  | { type: 'null' }
  | {
      type: 'string';
      /** Allowed values (exact, case-sensitive unless `ignoreCase`). */
      enum?: readonly string[];
      /** Compare with `enum` without regard to case. */
      ignoreCase?: boolean;
      /** Values accepted besides `enum` but not advertised in messages (e.g. ""). */
      tolerate?: readonly string[];
      /** A regular expression the value must match. */
      pattern?: string;
      /** Not empty or blank. */
      nonEmpty?: boolean;
      /** A well-formed value of this kind. */
      format?: 'email' | 'url';
    }
  | { type: 'boolean' }
  | { type: 'integer'; minimum?: number }
  | { type: 'array'; items?: ValueSpec; minItems?: number }
  | {
      type: 'object';
      properties?: Readonly<Record<string, ValueSpec>>;
      required?: readonly string[];
      /** Keys not in `properties`: false forbids them, a spec checks them, true (default) allows them. */
      additionalProperties?: boolean | ValueSpec;
      minProperties?: number;
    }
  /** The first alternative whose `type` matches the value's JSON type is checked. */
  | { type: 'oneOf'; of: readonly ValueSpec[] };

/** One way a value breaks its spec. `path` is relative to the checked value. */
export interface ValueProblem {
  path: JsonPath;
  /** Reads after the extension name: `is a number (42), not a string`. */
  message: string;
}

/** JSON type name of a value, for messages. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (isObject(value)) return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

function expected(spec: ValueSpec): string {
  switch (spec.type) {
    case 'any':
      return 'any value';
    case 'null':
      return 'null';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'a boolean (true or false)';
    case 'integer':
      return 'an integer';
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    case 'oneOf':
      return spec.of.map(expected).join(' or ');
  }
}

function matchesType(spec: ValueSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'any':
      return true;
    case 'null':
      return value === null;
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'oneOf':
      return spec.of.some((s) => matchesType(s, value));
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** `is` for the value itself, `has "a.b" =` for a part of it. */
function subject(path: JsonPath, value: unknown): string {
  return path.length === 0 ? `is ${quoteIfString(value)}` : `has ${quote(path.join('.'))} = ${quoteIfString(value)}`;
}

function quoteIfString(value: unknown): string {
  return typeof value === 'string' ? quote(value) : show(value);
}

/**
 * Check a value against a spec. Returns every problem found (a missing key, an unknown key, a wrong type,
 * a value outside an enum), each with the path of the offending part. Never throws; stops below depth 32.
 */
export function checkValue(spec: ValueSpec, value: unknown, path: JsonPath = [], depth = 0): ValueProblem[] {
  if (depth > 32) return [];
  if (!matchesType(spec, value)) {
    const what = path.length === 0 ? 'is' : `has ${quote(path.join('.'))} as`;
    const shown =
      value === null || value === undefined || isObject(value) || Array.isArray(value) ? '' : ` (${show(value, 40)})`;
    return [{ path, message: `${what} ${jsonTypeOf(value)}${shown}, not ${expected(spec)}` }];
  }
  switch (spec.type) {
    case 'oneOf': {
      const branch = spec.of.find((s) => matchesType(s, value));
      return branch ? checkValue(branch, value, path, depth + 1) : [];
    }
    case 'string': {
      const text = value as string;
      if (spec.nonEmpty && text.trim() === '') {
        return [{ path, message: path.length === 0 ? 'is empty' : `has an empty ${quote(path.join('.'))}` }];
      }
      const inEnum = (allowed: readonly string[]): boolean =>
        spec.ignoreCase ? allowed.some((v) => v.toLowerCase() === text.toLowerCase()) : allowed.includes(text);
      if (spec.enum && !inEnum(spec.enum) && !(spec.tolerate ?? []).includes(text)) {
        return [{ path, message: `${subject(path, text)}, not one of ${spec.enum.map((v) => quote(v)).join(', ')}` }];
      }
      if (spec.pattern !== undefined && !new RegExp(spec.pattern).test(text)) {
        return [{ path, message: `${subject(path, text)}, which does not match ${spec.pattern}` }];
      }
      if (spec.format === 'email' && (text.length > 254 || !EMAIL.test(text)))
        return [{ path, message: `${subject(path, text)}, not an e-mail address` }];
      if (spec.format === 'url' && !isUrl(text))
        return [{ path, message: `${subject(path, text)}, not an absolute http(s) URL` }];
      return [];
    }
    case 'integer':
      if (spec.minimum !== undefined && (value as number) < spec.minimum) {
        return [{ path, message: `${subject(path, value)}, below the minimum ${spec.minimum}` }];
      }
      return [];
    case 'array': {
      const list = value as unknown[];
      const problems: ValueProblem[] = [];
      if (spec.minItems !== undefined && list.length < spec.minItems) {
        problems.push({
          path,
          message:
            path.length === 0
              ? `is an array with ${list.length} item(s), fewer than ${spec.minItems}`
              : `has ${quote(path.join('.'))} with fewer than ${spec.minItems} item(s)`,
        });
      }
      if (spec.items) {
        const items = spec.items;
        list.forEach((item, i) => problems.push(...checkValue(items, item, [...path, i], depth + 1)));
      }
      return problems;
    }
    case 'object': {
      const object = value as Record<string, unknown>;
      const problems: ValueProblem[] = [];
      const keys = Object.keys(object);
      if (spec.minProperties !== undefined && keys.length < spec.minProperties) {
        problems.push({
          path,
          message: path.length === 0 ? 'is an empty object' : `has an empty object ${quote(path.join('.'))}`,
        });
      }
      for (const key of spec.required ?? []) {
        if (!(key in object)) {
          problems.push({
            path,
            message: path.length === 0 ? `lacks ${quote(key)}` : `lacks ${quote([...path, key].join('.'))}`,
          });
        }
      }
      for (const key of keys) {
        const child = spec.properties?.[key];
        if (child) {
          problems.push(...checkValue(child, object[key], [...path, key], depth + 1));
          continue;
        }
        const extra = spec.additionalProperties ?? true;
        if (extra === false)
          problems.push({ path: [...path, key], message: `has the unknown key ${quote([...path, key].join('.'))}` });
        else if (extra !== true) problems.push(...checkValue(extra, object[key], [...path, key], depth + 1));
      }
      return problems;
    }
    default:
      return [];
  }
}

/** The spec as a short human-readable text, for documentation. */
export function describeSpec(spec: ValueSpec): string {
  switch (spec.type) {
    case 'any':
      return 'any value';
    case 'null':
      return 'null';
    case 'string':
      if (spec.enum) return spec.enum.map((v) => `"${v}"`).join(' | ');
      if (spec.format === 'email') return 'e-mail string';
      if (spec.format === 'url') return 'URL string';
      return spec.pattern !== undefined ? `string matching ${spec.pattern}` : 'string';
    case 'boolean':
      return 'boolean';
    case 'integer':
      return spec.minimum !== undefined ? `integer ≥ ${spec.minimum}` : 'integer';
    case 'array':
      return spec.items ? `array of ${describeSpec(spec.items)}` : 'array';
    case 'object': {
      const props = Object.entries(spec.properties ?? {}).map(
        ([k, v]) => `${k}${spec.required?.includes(k) ? '' : '?'}: ${describeSpec(v)}`,
      );
      const extra = spec.additionalProperties === false ? '' : props.length ? ', …' : '…';
      return `{ ${props.join(', ')}${extra} }`;
    }
    case 'oneOf':
      return spec.of.map(describeSpec).join(' or ');
  }
}
