import type { JsonPath } from '@stoplight/types';
import { isObject } from './utils/guards';
import { linkedPath, type PathLink } from './utils/path-links';

/** A `$ref` as written, where it is. */
export interface RefSite {
  path: JsonPath;
  ref: string;
}

/** What one walk of a document tells the resolver. */
export interface RefScan {
  /** Every object with a string `$ref`, in walk order, including those inside another reference object. */
  refs: RefSite[];
  /** The first object with a key `hasOwnProperty`. */
  hostileKey?: JsonPath;
  /** The number of values. */
  values: number;
}

/** Every `$ref` written in the document, the first object with a key `hasOwnProperty` and the number of values. */
export function scanRefs(data: unknown): RefScan {
  const refs: RefSite[] = [];
  let hostileKey: JsonPath | undefined;
  let values = 1;
  if (typeof data !== 'object' || data === null) return { refs, values };
  type Entry = PathLink & { node: object };
  const stack: Entry[] = [{ node: data, key: '', parent: undefined }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const node = entry.node;
    if (Array.isArray(node)) {
      values += node.length;
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (typeof child === 'object' && child !== null) stack.push({ node: child, key: i, parent: entry });
      }
      continue;
    }
    if (!isObject(node)) continue;
    const keys = Object.keys(node);
    values += keys.length;
    if (hostileKey === undefined && Object.hasOwn(node, 'hasOwnProperty')) hostileKey = linkedPath(entry);
    if (Object.hasOwn(node, '$ref') && typeof node.$ref === 'string')
      refs.push({ path: linkedPath(entry), ref: node.$ref });
    for (const key of keys) {
      const child = node[key];
      if (typeof child === 'object' && child !== null) stack.push({ node: child, key, parent: entry });
    }
  }
  return { refs, hostileKey, values };
}
