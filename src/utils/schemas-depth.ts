import { childSchemas } from '../model/schema-children';
import { followToObject } from '../model/refs';

/**
 * Nesting depth of a schema with `$ref`s expanded: 0 for a schema without children, +1 per `properties`,
 * `items` or `additionalProperties` level (`allOf`/`anyOf`/`oneOf` members are merged into their parent and add
 * no level). A reference back into a schema being expanded (a recursive schema) is not followed again.
 * Depths are memoised per schema object, so shared definitions are measured once and the cost stays linear in
 * the document size; the search stops once `limit` is exceeded. Never throws.
 */
export function schemaDepth(
  doc: unknown,
  schema: unknown,
  limit: number,
  memo: Map<unknown, number> = new Map(),
): number {
  const onStack = new Set<unknown>();
  const depthOf = (raw: unknown, level: number): number => {
    if (level > limit) return 0;
    const d = followToObject(doc, raw, []);
    if (!d || onStack.has(d.node)) return 0;
    const known = memo.get(d.node);
    if (known !== undefined) return known;
    onStack.add(d.node);
    let deepest = 0;
    for (const child of childSchemas(d.node)) {
      const merged =
        child.segments[0] === 'allOf' ||
        child.segments[0] === 'anyOf' ||
        child.segments[0] === 'oneOf' ||
        child.segments[0] === 'not';
      const below = depthOf(child.schema, merged ? level : level + 1) + (merged ? 0 : 1);
      if (below > deepest) deepest = below;
      if (level + deepest > limit) break;
    }
    onStack.delete(d.node);
    memo.set(d.node, deepest);
    return deepest;
  };
  return depthOf(schema, 0);
}
