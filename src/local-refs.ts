import { pathToPointer, pointerToPath } from '@stoplight/json';
import { scanRefs, type RefSite } from './ref-scan';

/**
 * Local `$ref` resolution for the common case, without Spectral's general resolver (URI parsing, dependency
 * graphs and an immer draft of the whole document took about 7% of a corpus run). It gives what that resolver
 * gives: the same resolved tree, objects shared the same way (every reference to a definition is that one
 * object, the definition's own node in the result), the original document untouched (nodes above a
 * reference are shallow copies, made as immer makes them), and the same map from reference sites to targets.
 *
 * It handles documents whose references are all plain local pointers (`#/definitions/Name`) to values that
 * exist, never through another reference, with no cycle. For anything else it returns undefined and the
 * general resolver runs: what that one does with cycles, missing targets and encoded pointers is its own.
 */
export interface LocalResolution {
  result: unknown;
  /** Reference site pointer → target pointer, as the general resolver's `refMap`. */
  refMap: Record<string, string>;
}

/** Pointers whose decoding and URI handling are the identity: `#/definitions/Name`, `#/parameters/x-y.z~1a`. */
const PLAIN_REF = /^#(?:\/[A-Za-z0-9_.~-]*)+$/;

interface Site {
  path: string[];
  target: string[];
  /** Where its value comes from, once known. */
  value?: unknown;
}

type Node = Record<string, unknown> | unknown[];

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;
const keyOf = (path: readonly string[]): string => path.join('\u0000');

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== path[i]) return false;
  return true;
}

/** A shallow copy as immer makes one: same prototype, every own property (getters read into values). */
function shallowCopy(base: Node): Node {
  if (Array.isArray(base)) return Array.prototype.slice.call(base) as unknown[];
  const descriptors = Object.getOwnPropertyDescriptors(base) as Record<string | symbol, PropertyDescriptor>;
  for (const key of Reflect.ownKeys(descriptors)) {
    const desc = descriptors[key as string];
    if (desc.writable === false) {
      desc.writable = true;
      desc.configurable = true;
    }
    if (desc.get || desc.set)
      descriptors[key as string] = {
        configurable: true,
        writable: true,
        enumerable: desc.enumerable,
        value: (base as Record<string | symbol, unknown>)[key],
      };
  }
  return Object.create(Object.getPrototypeOf(base) as object | null, descriptors) as Node;
}

/** The child under `key` as lodash `get` reads it, but only own members (an inherited one sends us back). */
function ownChild(node: unknown, key: string): { found: boolean; value?: unknown } {
  if (Array.isArray(node)) {
    if (!/^(?:0|[1-9]\d*)$/.test(key) || Number(key) >= node.length) return { found: false };
    return { found: true, value: node[Number(key)] };
  }
  if (!isNode(node) || !Object.hasOwn(node, key)) return { found: false };
  return { found: true, value: (node as Record<string, unknown>)[key] };
}

/**
 * Reference sites as the general resolver's crawler finds them: the written `$ref`s that are not inside another
 * reference object (it does not walk into one), with their paths as its pointers give them (strings).
 */
function findSites(refs: readonly RefSite[]): Site[] | undefined {
  const written = new Set(refs.map((r) => keyOf(r.path.map(String))));
  const sites: Site[] = [];
  for (const { path, ref } of refs) {
    const sitePath = path.map(String);
    let nested = false;
    for (let n = 1; n < sitePath.length && !nested; n++) nested = written.has(keyOf(sitePath.slice(0, n)));
    if (nested) continue;
    // Keys the crawler's pointers would decode differently, and references it would parse as URIs.
    if (!PLAIN_REF.test(ref) || sitePath.some((k) => k.includes('%'))) return undefined;
    const target = pointerToPath(ref).map(String);
    // A reference to its own parent stays as written.
    if (isPrefix(target, sitePath)) continue;
    sites.push({ path: sitePath, target });
  }
  return sites;
}

/** `refs`: the document's written references (`scanRefs`), when the caller has walked it already. */
export function resolveLocalRefs(
  source: unknown,
  refs: readonly RefSite[] = scanRefs(source).refs,
): LocalResolution | undefined {
  if (!isNode(source)) return { result: source, refMap: {} };
  // A reference at the root is the whole document: the general resolver's case.
  if (refs.some((r) => r.path.length === 0)) return undefined;
  const sites = findSites(refs);
  if (!sites) return undefined;
  if (sites.length === 0) return { result: source, refMap: {} };

  const siteAt = new Map<string, Site>(sites.map((s) => [keyOf(s.path), s]));
  // Every proper prefix of a site path, with the sites below it: a target there contains those sites.
  const below = new Map<string, Site[]>();
  for (const site of sites) {
    for (let n = 0; n < site.path.length; n++) {
      const key = keyOf(site.path.slice(0, n));
      const list = below.get(key);
      if (list) list.push(site);
      else below.set(key, [site]);
    }
  }

  // Each target must exist in the document as written, not through another reference (a chain ends at a site).
  for (const site of sites) {
    let node: unknown = source;
    for (let n = 0; n < site.target.length; n++) {
      const prefix = site.target.slice(0, n);
      if (n > 0 && siteAt.has(keyOf(prefix))) return undefined;
      const child = ownChild(node, site.target[n]);
      if (!child.found || child.value === undefined) return undefined;
      node = child.value;
    }
  }

  // No cycle: a site leads to the sites its target holds (or is), and none of those may lead back.
  const state = new Map<Site, 1 | 2>();
  const leadsTo = (site: Site): Site[] => {
    const key = keyOf(site.target);
    const same = siteAt.get(key);
    return same ? [same] : (below.get(key) ?? []);
  };
  for (const start of sites) {
    if (state.has(start)) continue;
    const stack: { site: Site; next: Site[]; i: number }[] = [{ site: start, next: leadsTo(start), i: 0 }];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.i >= top.next.length) {
        state.set(top.site, 2);
        stack.pop();
        continue;
      }
      const next = top.next[top.i++];
      const seen = state.get(next);
      if (seen === 1) return undefined;
      if (seen === undefined) {
        state.set(next, 1);
        stack.push({ site: next, next: leadsTo(next), i: 0 });
      }
    }
  }

  // Copy every node above a site, top down, as immer copies what a change sits under.
  const copies = new Map<string, Node>();
  const copyAt = (path: string[]): Node => {
    const key = keyOf(path);
    const known = copies.get(key);
    if (known) return known;
    const copy =
      path.length === 0
        ? shallowCopy(source)
        : shallowCopy(ownChild(copyAt(path.slice(0, -1)), path[path.length - 1]).value as Node);
    if (path.length > 0) (copyAt(path.slice(0, -1)) as Record<string, unknown>)[path[path.length - 1]] = copy;
    copies.set(key, copy);
    return copy;
  };
  for (const site of sites) copyAt(site.path.slice(0, -1));
  const result = copies.get('') as Node;

  /** A target's node in the result: a copy where a site sits below it, the written node elsewhere. */
  const valueOf = (site: Site): unknown => {
    if (site.value !== undefined) return site.value;
    const chained = siteAt.get(keyOf(site.target));
    let value: unknown;
    if (chained) value = valueOf(chained);
    else {
      value = result;
      for (const key of site.target) value = ownChild(value, key).value;
    }
    site.value = value;
    return value;
  };
  const refMap: Record<string, string> = {};
  for (const site of sites) {
    const parent = copies.get(keyOf(site.path.slice(0, -1))) as Record<string, unknown>;
    parent[site.path[site.path.length - 1]] = valueOf(site);
    refMap[pathToPointer(site.path)] = pathToPointer(site.target);
  }
  return { result, refMap };
}
