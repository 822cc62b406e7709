/**
 * The one per-document cache. Spectral hands every rule the same parsed document object, so keying on it
 * computes each whole-document result once per lint run; a WeakMap lets the document be garbage-collected after.
 */
const cache = new WeakMap<object, Map<symbol, unknown>>();

function slotsOf(document: object): Map<symbol, unknown> {
  let slots = cache.get(document);
  if (!slots) {
    slots = new Map();
    cache.set(document, slots);
  }
  return slots;
}

/**
 * A function of the document computed once per document object (non-objects are computed each time).
 * `compute` must not depend on anything but the document.
 */
export function perDocument<T>(compute: (document: unknown) => T): (document: unknown) => T {
  const slot = Symbol(compute.name || 'derived');
  return (document) => {
    if (typeof document !== 'object' || document === null) return compute(document);
    const slots = slotsOf(document);
    if (slots.has(slot)) return slots.get(slot) as T;
    const value = compute(document);
    slots.set(slot, value);
    return value;
  };
}
