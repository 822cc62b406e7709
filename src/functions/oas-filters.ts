import type { RuleDefinition } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { linkedPath, ROOT_LINK, type PathLink } from '../utils/path-links';
import { keysOf, overMatches, type Match } from './over-matches';

/**
 * Four `spectral:oas` rules are given a filter anywhere in the resolved document (`$..[?(@ && @.enum && @.type)]`).
 * Spectral walks the resolved document for them, and that document repeats every referenced definition at each
 * place that uses it: twice the nodes of the written one, twelve times for some connectors. Each repeat is checked
 * again, and the findings, mapped back to where the definition is written, are merged.
 *
 * Here one walk serves the four rules and enters a node once per kind of place it is under; each rule's function
 * runs once per node, at the first place the walk meets it (the same written place, so the same finding).
 */

/** The containers two of the filters look under (`$..definitions..[?(…)]`), as bits. */
const UNDER: Readonly<Record<string, number>> = { definitions: 1, parameters: 2, responses: 4 };

type Node = Record<string, unknown>;

/**
 * Spectral's `@.enum.constructor.name === 'Array'`, without its exception: an `enum` whose `constructor` key is
 * null stopped every rule on the document.
 */
function namedArray(value: unknown): boolean {
  try {
    return (value as { constructor: { name: unknown } }).constructor.name === 'Array';
  } catch {
    return false;
  }
}

/** Each rule's exact `given` in `spectral:oas`, and its filter as a test of a node, its key and what it is under. */
const FILTERS: Readonly<
  Record<string, { given: readonly string[]; test: (n: Node, key: string | number, under: number) => boolean }>
> = {
  'duplicated-entry-in-enum': {
    given: ["$..[?(@property !== 'properties' && @ != null && @.enum && @.enum.constructor.name === 'Array')]"],
    test: (n, key) => key !== 'properties' && Boolean(n.enum) && namedArray(n.enum),
  },
  'typed-enum': {
    given: ['$..[?(@ && @.enum && @.type)]'],
    test: (n) => Boolean(n.enum) && Boolean(n.type),
  },
  'oas2-valid-schema-example': {
    given: ['definitions', 'parameters', 'responses'].map(
      (under) =>
        `$..${under}..[?(@property !== 'properties' && @ && (@.example !== void 0 || @['x-example'] !== void 0 || @.default !== void 0) && (@.enum || @.type || @.format || @.$ref || @.properties || @.items))]`,
    ),
    test: (n, key, under) =>
      under !== 0 &&
      key !== 'properties' &&
      (n.example !== undefined || n['x-example'] !== undefined || n.default !== undefined) &&
      Boolean(n.enum || n.type || n.format || n.$ref || n.properties || n.items),
  },
  'oas2-valid-media-example': {
    given: ['$..responses..[?(@ && @.schema && @.examples)]'],
    test: (n, _key, under) => (under & UNDER.responses) !== 0 && Boolean(n.schema) && Boolean(n.examples),
  },
};
const IDS = Object.keys(FILTERS);

/** Marks a stack entry that leaves a node rather than visits a key. */
const LEAVE = Symbol('leave');

/** Each rule's nodes, per resolved document. */
const found = new WeakMap<object, Map<string, Match[]>>();

/**
 * The nodes each filter selects, at every place, in the order of Spectral's JSONPath traversal (depth first, a key
 * before what is under it). A node already on the way down from the root (a reference cycle) is not entered again.
 */
function search(root: object): Map<string, Match[]> {
  const byRule = new Map<string, Match[]>(IDS.map((id) => [id, []]));
  const lists = IDS.map((id) => ({ test: FILTERS[id].test, list: byRule.get(id)! }));
  const onBranch = new Set<object>();
  // The stack as columns (no object per entry): one key of one node to visit, or (key LEAVE) a node to leave.
  const parents: object[] = [];
  const keys: (string | number | typeof LEAVE)[] = [];
  const links: PathLink[] = [];
  const unders: number[] = [];
  const enter = (node: object, at: PathLink, under: number): void => {
    onBranch.add(node);
    parents.push(node);
    keys.push(LEAVE);
    links.push(at);
    unders.push(under);
    const own = keysOf(node);
    for (let i = own.length - 1; i >= 0; i--) {
      parents.push(node);
      keys.push(own[i]);
      links.push(at);
      unders.push(under);
    }
  };
  enter(root, ROOT_LINK, 0);
  while (parents.length > 0) {
    const parent = parents.pop()!;
    const key = keys.pop()!;
    const at = links.pop()!;
    const under = unders.pop()!;
    if (key === LEAVE) {
      onBranch.delete(parent);
      continue;
    }
    const value = (parent as Node)[key];
    // Every filter asks for a truthy node first; the properties they read are absent from strings and numbers.
    if (typeof value !== 'object' || value === null || onBranch.has(value)) continue;
    const link: PathLink = { key, parent: at };
    let path: JsonPath | undefined;
    for (const { test, list } of lists)
      if (test(value as Node, key, under)) list.push({ path: (path ??= linkedPath(link)), value });
    enter(value, link, under | (typeof key === 'string' ? (UNDER[key] ?? 0) : 0));
  }
  return byRule;
}

function matchesOf(id: string): (root: unknown) => readonly Match[] {
  return (root) => {
    if (typeof root !== 'object' || root === null) return [];
    let byRule = found.get(root);
    if (!byRule) found.set(root, (byRule = search(root)));
    return byRule.get(id) ?? [];
  };
}

/**
 * One of the four rules as one call per resolved document over the nodes its filter selects; any other rule, or one
 * whose `given` is not the one this module knows (another Spectral version), as it is.
 */
export function oasFilterInOneCall(id: string, definition: RuleDefinition): RuleDefinition {
  const filter = Object.hasOwn(FILTERS, id) ? FILTERS[id] : undefined;
  const givens = Array.isArray(definition.given) ? definition.given : [definition.given];
  const { then } = definition;
  if (!filter || Array.isArray(then) || definition.resolved === false) return definition;
  if (givens.length !== filter.given.length || givens.some((g, i) => g !== filter.given[i])) return definition;
  const { field, ...rest } = then;
  return { ...definition, given: '$', then: { ...rest, function: overMatches(then.function, [matchesOf(id)], field) } };
}
