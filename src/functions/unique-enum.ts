import type { IFunctionResult } from '@stoplight/spectral-core';

const MAX_DEPTH = 64;

/**
 * A key equal for deep-equal JSON values (object keys sorted), so duplicates are found with one Map in linear
 * time. Values nested deeper than MAX_DEPTH, or reached twice on one branch (a cycle in a resolved document),
 * get a key of their own: they never count as duplicates.
 */
function canonical(value: unknown, depth: number, onBranch: Set<object>, unique: () => string): string {
  if (value === null || typeof value !== 'object')
    return typeof value === 'string' ? JSON.stringify(value) : `${typeof value}:${String(value)}`;
  if (depth > MAX_DEPTH || onBranch.has(value)) return unique();
  onBranch.add(value);
  let out: string;
  if (Array.isArray(value)) out = `[${value.map((v) => canonical(v, depth + 1, onBranch, unique)).join(',')}]`;
  else {
    const keys = Object.keys(value).sort();
    out = `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k], depth + 1, onBranch, unique)}`).join(',')}}`;
  }
  onBranch.delete(value);
  return out;
}

/**
 * Spectral's `duplicated-entry-in-enum` check (an array schema with `uniqueItems`) in linear time. Spectral's own
 * function compiles a fresh JSON-schema validator for every enum of every document (about 10 ms each: seconds
 * on a connector with hundreds of enums). Same finding and message: the last duplicate pair, as the validator
 * reports it (`items ## j and i are identical`, j < i, i the largest index that repeats an earlier item).
 */
export function uniqueEnum(input: unknown): IFunctionResult[] {
  if (!Array.isArray(input)) return [];
  let counter = 0;
  const unique = (): string => `\u0000${counter++}`;
  const last = new Map<string, number>();
  let pair: [number, number] | undefined;
  for (let i = 0; i < input.length; i++) {
    const key = canonical(input[i], 0, new Set(), unique);
    const previous = last.get(key);
    if (previous !== undefined) pair = [previous, i];
    last.set(key, i);
  }
  if (!pair) return [];
  return [
    { message: `"enum" property must not have duplicate items (items ## ${pair[0]} and ${pair[1]} are identical)` },
  ];
}
