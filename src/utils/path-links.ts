/**
 * A walk's place in a JSON document, linked to its parent's: walkers stack these instead of copying a path for
 * every object, and build a path only for what they return.
 */
export interface PathLink<K extends string | number = string | number> {
  key: K;
  /** Undefined at the document's root, whose key is not part of any path. */
  parent: PathLink<K> | undefined;
}

/** The path from the root to `link`, then `last` when given. */
export function linkedPath<K extends string | number>(link: PathLink<K> | undefined, last?: K): K[] {
  const path: K[] = last === undefined ? [] : [last];
  for (let at = link; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** The link of a document's root: where walks start. */
export const ROOT_LINK: PathLink = Object.freeze({ key: '', parent: undefined });
