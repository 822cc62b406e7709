/** Shared shape checks for the dynamic extensions. Each returns results with absolute paths. */
import type { IFunctionResult } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { isObject, quote, show } from '../../utils/guards';

export const describeValue = (v: unknown): string =>
  Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'object' ? 'an object' : show(v);

/** Unknown keys of an extension object (`x-*` vendor keys are tolerated). */
export function unknownKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  path: JsonPath,
  label: string,
): IFunctionResult[] {
  return Object.keys(value)
    .filter((k) => !allowed.includes(k) && !k.startsWith('x-'))
    .map((k) => ({ message: `${label} has the unknown key ${quote(k)}`, path: [...path, k] }));
}

/** A required, non-empty string field. */
export function requiredString(
  value: Record<string, unknown>,
  key: string,
  path: JsonPath,
  label: string,
): IFunctionResult[] {
  const v = value[key];
  if (v === undefined) return [{ message: `${label} has no ${quote(key)}`, path }];
  if (typeof v !== 'string' || v.trim() === '')
    return [
      {
        message: `${label} has a ${quote(key)} that is not a non-empty string (${describeValue(v)})`,
        path: [...path, key],
      },
    ];
  return [];
}

/** Optional path-string fields (`value-path`, `itemsPath`, …): strings without a leading "/". */
export function pathStrings(
  value: Record<string, unknown>,
  keys: readonly string[],
  path: JsonPath,
  label: string,
): IFunctionResult[] {
  const results: IFunctionResult[] = [];
  for (const key of keys) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v !== 'string')
      results.push({
        message: `${label} has a ${quote(key)} that is not a string (${describeValue(v)})`,
        path: [...path, key],
      });
    else if (v.startsWith('/'))
      results.push({
        message: `${label} has ${quote(key)}: ${quote(v)} with a leading "/" (write the path without it)`,
        path: [...path, key],
      });
  }
  return results;
}

/**
 * `parameters` of x-ms-dynamic-values / -schema: each value is a literal or `{ "parameter": "<name>" }`.
 */
export function staticOrParameter(value: Record<string, unknown>, path: JsonPath, label: string): IFunctionResult[] {
  const params = value.parameters;
  if (params === undefined) return [];
  const at = [...path, 'parameters'];
  if (!isObject(params))
    return [{ message: `${label} has "parameters" that is ${describeValue(params)}, not an object`, path: at }];
  const results: IFunctionResult[] = [];
  for (const [name, v] of Object.entries(params)) {
    if (!isObject(v)) continue; // a literal (arrays and null are used by the file picker)
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === 'parameter' && typeof v.parameter === 'string' && v.parameter.trim() !== '')
      continue;
    if ('value' in v || 'parameterReference' in v) {
      results.push({
        message: `${label} parameter ${quote(name)} uses ${quote('value' in v ? 'value' : 'parameterReference')} (that is the x-ms-dynamic-list form; here use a literal or { "parameter": "<name>" })`,
        path: [...at, name],
      });
    } else {
      results.push({
        message: `${label} parameter ${quote(name)} is ${show(v)}; use a literal or { "parameter": "<name>" }`,
        path: [...at, name],
      });
    }
  }
  return results;
}

/**
 * `parameters` of x-ms-dynamic-list / -properties / -tree: each value is `{ "value": … }` or
 * `{ "parameterReference": "<path>" }` (the tree's browse step also allows `{ "selectedItemValuePath": "<path>" }`).
 */
export function valueOrReference(
  value: Record<string, unknown>,
  path: JsonPath,
  label: string,
  extra: readonly string[] = [],
): IFunctionResult[] {
  const params = value.parameters;
  if (params === undefined) return [];
  const at = [...path, 'parameters'];
  if (!isObject(params))
    return [{ message: `${label} has "parameters" that is ${describeValue(params)}, not an object`, path: at }];
  const allowed = ['value', 'parameterReference', ...extra];
  const results: IFunctionResult[] = [];
  for (const [name, v] of Object.entries(params)) {
    if (!isObject(v)) {
      results.push({
        message: `${label} parameter ${quote(name)} is ${describeValue(v)}; write { "value": … } or { "parameterReference": "<path>" }`,
        path: [...at, name],
      });
      continue;
    }
    const keys = Object.keys(v).filter((k) => allowed.includes(k));
    const others = Object.keys(v).filter((k) => !allowed.includes(k));
    if (keys.length !== 1 || others.length > 0) {
      const found =
        Object.keys(v).length === 0
          ? 'nothing'
          : Object.keys(v)
              .map((k) => quote(k))
              .join(', ');
      results.push({
        message: `${label} parameter ${quote(name)} has ${found}; it needs exactly one of ${allowed.map((k) => `"${k}"`).join(', ')}`,
        path: [...at, name],
      });
      continue;
    }
    const key = keys[0];
    if (key !== 'value' && (typeof v[key] !== 'string' || v[key].trim() === '')) {
      results.push({
        message: `${label} parameter ${quote(name)} has a ${quote(key)} that is not a non-empty string`,
        path: [...at, name, key],
      });
    }
  }
  return results;
}
