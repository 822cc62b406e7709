import type { JsonPath } from '@stoplight/types';

/**
 * Where a value sits in a document: its key under its parent's place (`undefined` for the root). Document walks
 * keep one of these per node instead of a copy of the whole path; the path is built only for what is reported.
 */
export interface Place {
  readonly key: string | number;
  readonly parent: Place | undefined;
}

/** The JSON path of a place (`[]` for the root). */
export function pathOf(place: Place | undefined): JsonPath {
  const path: JsonPath = [];
  for (let p = place; p; p = p.parent) path.push(p.key);
  return path.reverse();
}
