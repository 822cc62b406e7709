import { isScalar, visit, type Document } from 'yaml';

/**
 * Offset range of the first mapping key that repeats an earlier key of the same mapping, or undefined. Linear: the
 * parser's own check (`uniqueKeys`) compares each key with every key before it, so a file of 40,000 keys took over a
 * minute; parse with `uniqueKeys: false` and call this instead.
 */
export function firstDuplicateKey(doc: Document): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        // Scalars compare by value, as the parser's check does; other keys (rare) by identity.
        const key: unknown = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          const range = isScalar(pair.key) ? pair.key.range : undefined;
          found = range ? [range[0], range[1]] : [0, 0];
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}
