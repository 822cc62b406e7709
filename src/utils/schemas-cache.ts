import { isObject } from './guards';
import { schemaRoots, walkSchemas, type SchemaVisit } from './schemas';
import { walkDocument, type DocumentVisit } from './schemas-document';

/**
 * Per-document memo for the whole-document walks several schema rules share. Spectral hands every rule with
 * `given: '$'` and `resolved: false` the same parsed object, so a WeakMap keyed by it computes each walk once
 * per lint run and lets the document be garbage-collected afterwards.
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

/** Every schema of the document as written (`schemaRoots` + `walkSchemas`), in walk order. */
export const schemaVisits = memoByDoc((doc): readonly SchemaVisit[] => {
  const visits: SchemaVisit[] = [];
  walkSchemas(schemaRoots(doc), (v) => visits.push(v));
  return visits;
});

/** Every object of the document outside data subtrees (`walkDocument`), in walk order. */
export const documentVisits = memoByDoc((doc): readonly DocumentVisit[] => {
  const visits: DocumentVisit[] = [];
  walkDocument(doc, (v) => visits.push(v));
  return visits;
});

/** "a", "b", "c" and 4 more */
export function nameList(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).map((n) => `"${n}"`);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
