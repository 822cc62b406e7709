import type { IJsonASTNode } from '@stoplight/json';
import type { JsonParserResult } from '@stoplight/spectral-parsers';
import type { GetLocationForJsonPath } from '@stoplight/types';

/** Objects with at least this many properties get a key index on their first lookup; fewer are scanned. */
const INDEX_FROM = 16;

/** Each large object's first property per key (a duplicate key's first occurrence wins, as in a scan). */
const indexes = new WeakMap<IJsonASTNode, Map<string, IJsonASTNode>>();

/** The value node of the first property named `key`, read as `@stoplight/json` reads it. */
function propertyValue(object: IJsonASTNode, properties: IJsonASTNode[], key: string): IJsonASTNode | undefined {
  if (properties.length < INDEX_FROM) {
    for (const p of properties)
      if (Array.isArray(p.children) && p.children.length === 2 && p.children[0]?.value === key) return p.children[1];
    return undefined;
  }
  let index = indexes.get(object);
  if (!index) {
    index = new Map();
    for (const p of properties) {
      const name: unknown = Array.isArray(p.children) && p.children.length === 2 ? p.children[0]?.value : undefined;
      if (typeof name === 'string' && !index.has(name)) index.set(name, p.children![1]);
    }
    indexes.set(object, index);
  }
  return index.get(key);
}

/**
 * The node at a JSON path, or the closest one on it when `closest`; `@stoplight/json`'s `findNodeAtPath`, segment
 * for segment (a segment that reads as an integer is one, even on an object), with an index for large objects: it
 * scans every property per lookup, so locating a finding under each of 20,000 definitions took minutes.
 */
function nodeAtPath(
  root: IJsonASTNode,
  path: readonly (string | number)[],
  closest: boolean,
): IJsonASTNode | undefined {
  let node = root;
  for (const segment of path) {
    const key = Number.isInteger(Number(segment)) ? Number(segment) : segment;
    if (typeof key === 'string' || node.type !== 'array') {
      if (node.type !== 'object' || !Array.isArray(node.children)) return closest ? node : undefined;
      const value = propertyValue(node, node.children, String(key));
      if (value === undefined) return closest ? node : undefined;
      node = value;
      continue;
    }
    if (key < 0 || !Array.isArray(node.children) || key >= node.children.length) return closest ? node : undefined;
    node = node.children[key]!;
  }
  return node;
}

/** Spectral's location lookup for a JSON document (`getLocationForJsonPath`), linear in the path's length. */
export const locateJsonPath: GetLocationForJsonPath<JsonParserResult<unknown>> = ({ ast }, path, closest = false) => {
  const node = nodeAtPath(ast, path, closest);
  return node?.range === undefined ? undefined : { range: node.range };
};
