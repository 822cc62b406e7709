import type { JsonPath } from '@stoplight/types';

const MAX_NODES = 200_000;

/** Visit every object of a JSON value with its path (cycle- and size-guarded). */
export function walkObjects(
  root: unknown,
  visit: (node: Record<string, unknown>, path: JsonPath) => void,
  visitArray?: (node: unknown[], path: JsonPath) => void,
): void {
  const stack: Array<{ node: object; path: JsonPath }> = [];
  // Only objects and arrays are stacked: the visitors read the scalars from their parents.
  const push = (node: unknown, parent: JsonPath, key: string | number): void => {
    if (typeof node === 'object' && node !== null) stack.push({ node, path: [...parent, key] });
  };
  if (typeof root === 'object' && root !== null) stack.push({ node: root, path: [] });
  const seen = new Set<unknown>();
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const { node, path } = stack.pop() as { node: object; path: JsonPath };
    if (seen.has(node)) continue;
    seen.add(node);
    visited++;
    if (Array.isArray(node)) {
      visitArray?.(node, path);
      node.forEach((child, i) => push(child, path, i));
      continue;
    }
    const record = node as Record<string, unknown>;
    visit(record, path);
    for (const key of Object.keys(record)) push(record[key], path, key);
  }
}

/** The string values stored under a key that matches `key`, anywhere in a JSON value, with their paths. */
export function stringsUnderKey(root: unknown, key: RegExp): Array<{ value: string; path: JsonPath }> {
  const found: Array<{ value: string; path: JsonPath }> = [];
  walkObjects(root, (node, path) => {
    for (const [name, value] of Object.entries(node)) {
      if (typeof value === 'string' && key.test(name)) found.push({ value, path: [...path, name] });
    }
  });
  return found;
}

/** A JSON path as messages show it: `properties.connectionParameters.token`. */
export function showPath(path: JsonPath): string {
  return path.map(String).join('.');
}
