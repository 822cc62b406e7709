import type { IFunctionResult, RuleDefinition, RulesetFunctionContext } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { linkedPath, ROOT_LINK, type PathLink } from '../utils/path-links';

/**
 * A rule whose `given` names every operation, parameter or response (`$.paths[*][get,…]`, `….parameters[*]`) is
 * called by Spectral once per matching node: a few microseconds each, times every operation and parameter of the
 * document, times each such rule. `overMatches` runs the same function over the same nodes from one call on the
 * whole document (`given: '$'`), with the context (and `field` target) Spectral would have given each call. Only
 * `given`s made of plain names, `[*]` and `[a,b]` unions with at least one walk, and `$..name` alone on the unresolved
 * document, are rewritten: their matches are the keys present, found the way Spectral's JSONPath traversal finds them
 * (own keys, array indices as numbers, depth first). Then Spectral no longer walks the document for them at all.
 */

type Segment =
  | { kind: 'name'; name: string }
  | { kind: 'any' }
  | { kind: 'union'; names: string[] }
  /** `$..name`: the key `name` anywhere in the document (a whole given of its own). */
  | { kind: 'deep'; name: string };
type Then = Exclude<RuleDefinition['then'], readonly unknown[]>;
type ThenFunction = Then['function'];

const NAME = /^[A-Za-z_$][\w$-]*$/;
/** `['x-ms-summary']`: a quoted name without quotes, brackets or escapes inside. */
const QUOTED = /^\['([^'"\\[\]]+)'\]/;

/**
 * `$.a[*][b,c]['d'].e` as segments, or `$..name` / `$..['name']` as one deep segment; undefined for anything else
 * (filters, deep paths with more after them, quoted names with odd characters).
 */
export function plainSegments(given: string): Segment[] | undefined {
  const deep = /^\$\.\.(?:([A-Za-z_$][\w$-]*)|\['([^'"\\[\]]+)'\])$/.exec(given);
  if (deep) return [{ kind: 'deep', name: deep[1] ?? deep[2] }];
  if (!given.startsWith('$')) return undefined;
  const segments: Segment[] = [];
  let rest = given.slice(1);
  while (rest.length > 0) {
    const member = /^\.([A-Za-z_$][\w$-]*)/.exec(rest) ?? QUOTED.exec(rest);
    if (member) {
      segments.push({ kind: 'name', name: member[1] });
      rest = rest.slice(member[0].length);
      continue;
    }
    const bracket = /^\[([^\]]*)\]/.exec(rest);
    if (!bracket) return undefined;
    const inside = bracket[1];
    if (inside === '*') segments.push({ kind: 'any' });
    else {
      const names = inside.split(',');
      if (!names.every((n) => NAME.test(n))) return undefined;
      segments.push({ kind: 'union', names });
    }
    rest = rest.slice(bracket[0].length);
  }
  return segments;
}

/** Whether Spectral finds a given's nodes by walking the document (a `[*]`, a union, a deep name). */
function walked(segments: readonly Segment[]): boolean {
  return segments.some((s) => s.kind !== 'name');
}

/** The children of a node, as the traversal meets them: array indices as numbers, object keys as strings. */
export function keysOf(node: unknown): (string | number)[] {
  if (typeof node !== 'object' || node === null) return [];
  return Array.isArray(node) ? [...node.keys()] : Object.keys(node);
}

export interface Match {
  path: JsonPath;
  value: unknown;
}

/** Matches found before, per document and `given` prefix: many rules share `$.paths[*][get,…]` and more. */
const found = new WeakMap<object, Map<string, readonly Match[]>>();

/** An own enumerable key: what `Object.keys` lists. */
const isEnumerable = (node: object, key: string): boolean => Object.prototype.propertyIsEnumerable.call(node, key);

/** The nodes one more segment selects under `level`, in the traversal's order (each node's keys in order). */
function step(level: readonly Match[], segment: Segment): Match[] {
  const next: Match[] = [];
  for (const { path, value } of level) {
    if (typeof value !== 'object' || value === null) continue;
    if (segment.kind === 'name') {
      // One key to look up: the traversal would meet it among the node's own keys (never an array's index).
      if (!Array.isArray(value) && isEnumerable(value, segment.name))
        next.push({ path: [...path, segment.name], value: (value as Record<string, unknown>)[segment.name] });
      continue;
    }
    for (const key of keysOf(value)) {
      if (
        segment.kind === 'any' ||
        (typeof key === 'string' && segment.kind === 'union' && segment.names.includes(key))
      )
        next.push({ path: [...path, key], value: (value as Record<string | number, unknown>)[key] });
    }
  }
  // Shared between rules: frozen, so a rule that changed its path would fail there instead of misleading the next.
  for (const match of next) Object.freeze(match.path);
  return next;
}

/** Every name some rule looks for anywhere (`$..name`): one walk of a document finds them all. */
const deepNames = new Set<string>();

/**
 * Every occurrence of the `names` keys in `root`, by name, in the order of Spectral's JSONPath traversal: depth
 * first, a key met before what is under it, object keys in their order, array items by index.
 */
function deepSearch(root: unknown, names: ReadonlySet<string>): Map<string, Match[]> {
  const byName = new Map<string, Match[]>([...names].map((n) => [n, []]));
  // The stack as columns (no object per entry): one key of one node still to visit; a node's keys pushed last first.
  const nodes: object[] = [];
  const keys: (string | number)[] = [];
  const parents: PathLink[] = [];
  const pushKeys = (node: object, at: PathLink): void => {
    const own = keysOf(node);
    for (let i = own.length - 1; i >= 0; i--) {
      nodes.push(node);
      keys.push(own[i]);
      parents.push(at);
    }
  };
  if (typeof root === 'object' && root !== null) pushKeys(root, ROOT_LINK);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const key = keys.pop()!;
    const parent = parents.pop()!;
    const value = (node as Record<string | number, unknown>)[key];
    const wanted = typeof key === 'string' && names.has(key);
    if (!wanted && (typeof value !== 'object' || value === null)) continue;
    const link: PathLink = { key, parent };
    if (wanted) {
      const path = linkedPath(link);
      Object.freeze(path);
      byName.get(key)!.push({ path, value });
    }
    if (typeof value === 'object' && value !== null) pushKeys(value, link);
  }
  return byName;
}

/** Deep matches found before, per document and name. */
const deepFound = new WeakMap<object, Map<string, readonly Match[]>>();

function deepMatches(root: object, name: string): readonly Match[] {
  let index = deepFound.get(root);
  if (!index) deepFound.set(root, (index = new Map<string, readonly Match[]>()));
  const known = index.get(name);
  if (known) return known;
  const wanted = new Set([...deepNames, name].filter((n) => !index.has(n)));
  for (const [n, list] of deepSearch(root, wanted)) index.set(n, list);
  return index.get(name)!;
}

/**
 * The nodes `segments` select in `root`, found once per document and prefix: `keys[i]` names the first `i + 1`
 * segments.
 */
function matches(root: unknown, segments: readonly Segment[], keys: readonly string[]): readonly Match[] {
  if (typeof root !== 'object' || root === null) return [];
  const [first] = segments;
  if (first?.kind === 'deep') return deepMatches(root, first.name);
  let byPrefix = found.get(root);
  if (!byPrefix) found.set(root, (byPrefix = new Map<string, readonly Match[]>()));
  // The longest prefix already found, then one step per segment after it.
  let done = segments.length;
  while (done > 0 && !byPrefix.has(keys[done - 1])) done--;
  let level = done === 0 ? [{ path: [], value: root }] : byPrefix.get(keys[done - 1])!;
  for (let i = done; i < segments.length; i++) byPrefix.set(keys[i], (level = step(level, segments[i])));
  return level;
}

/**
 * What Spectral gives the function for a node and a rule's `field` (its `getLintTargets`): the node's member of that
 * name when the node is an object or an array, else the node itself.
 */
function target(match: Match, field: string | undefined): Match {
  if (field === undefined || typeof match.value !== 'object' || match.value === null) return match;
  return { path: [...match.path, field], value: (match.value as Record<string, unknown>)[field] };
}

/** What finds a rule's nodes in a document: one per `given`. */
export type Finder = (root: unknown) => readonly Match[];

/** The nodes a plain given selects, found once per document. */
function finderOf(segments: readonly Segment[]): Finder {
  const keys = segments.map((_, i) => JSON.stringify(segments.slice(0, i + 1)));
  return (root) => matches(root, segments, keys);
}

/**
 * `fn` called, from one call on the whole document, on every node the finders find, with the context (and the
 * `field` target) Spectral would have given it there.
 */
export function overMatches(fn: ThenFunction, finders: readonly Finder[], field: string | undefined): ThenFunction {
  const whole = function (this: unknown, input: unknown, options: unknown, context: RulesetFunctionContext) {
    const results: IFunctionResult[] = [];
    const pending: Promise<void>[] = [];
    // One context for every node, its path set for each call, as Spectral reuses one for a node's targets.
    const nodeContext = { ...context };
    const add = (list: IFunctionResult[] | void, path: JsonPath): void => {
      if (Array.isArray(list)) for (const r of list) results.push(r.path ? r : { ...r, path });
    };
    for (const find of finders) {
      for (const match of find(input)) {
        const { path, value } = target(match, field);
        nodeContext.path = path;
        const found: IFunctionResult[] | void | Promise<IFunctionResult[] | void> = fn.call(
          this,
          value,
          options,
          nodeContext,
        );
        // A closure only for the rare asynchronous result: most nodes find nothing, synchronously.
        if (found && typeof (found as Promise<unknown>).then === 'function')
          pending.push((found as Promise<IFunctionResult[] | void>).then((list) => add(list, path)));
        else add(found as IFunctionResult[] | void, path);
      }
    }
    return pending.length > 0 ? Promise.all(pending).then(() => results) : results;
  } as ThenFunction;
  Reflect.defineProperty(whole, 'name', { value: fn.name });
  const validator = (fn as { validator?: (o: unknown) => void }).validator;
  if (validator) Object.assign(whole, { validator });
  return whole;
}

/**
 * A `field` read the way Spectral reads a plain name: any other (`@key`, a JSONPath, a dotted path, a name every
 * object inherits) keeps the rule as it is.
 */
function plainField(field: string | undefined): boolean {
  return field === undefined || (NAME.test(field) && !(field in Object.prototype));
}

/**
 * The rule in one call per document when its `given` allows it (see above), else as it is. `then` must already be
 * guarded: each node's call keeps its own guard, so a failure on one node is still reported at that node. Deep
 * names are rewritten only for the unresolved document: the resolved one shares nodes between places.
 */
export function overMatchesInOneCall(definition: RuleDefinition): RuleDefinition {
  const { then } = definition;
  if (Array.isArray(then) || !plainField(then.field)) return definition;
  const givens = Array.isArray(definition.given) ? definition.given : [definition.given];
  const parsed = givens.map(plainSegments);
  if (parsed.some((s) => s === undefined)) return definition;
  const segments = parsed as Segment[][];
  if (!segments.some(walked)) return definition;
  const deep = segments.flatMap((list) => list.flatMap((s) => (s.kind === 'deep' ? [s.name] : [])));
  if (deep.length > 0 && definition.resolved !== false) return definition;
  for (const name of deep) deepNames.add(name);
  const { field, ...rest } = then;
  return {
    ...definition,
    given: '$',
    then: { ...rest, function: overMatches(then.function, segments.map(finderOf), field) },
  };
}
