import { isObject } from './guards';

/**
 * Memoise a per-document computation. Spectral hands every rule the same parsed data object, so a WeakMap keyed
 * by it computes each whole-document walk once per lint run and lets the document be garbage-collected afterwards.
 */
export function memoByDoc<T>(compute: (doc: unknown) => T): (doc: unknown) => T {
  const cache = new WeakMap<object, T>();
  return (doc) => {
    if (!isObject(doc)) return compute(doc);
    let value = cache.get(doc);
    if (value === undefined) {
      value = compute(doc);
      cache.set(doc, value);
    }
    return value;
  };
}
