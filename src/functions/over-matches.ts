import type { IFunctionResult, RuleDefinition, RulesetFunctionContext } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';

/**
 * A rule whose `given` names every operation, parameter or response (`$.paths[*][get,…]`, `….parameters[*]`) is
 * called by Spectral once per matching node: a few microseconds each, times every operation and parameter of the
 * document, times each such rule. `overMatches` runs the same function over the same nodes from one call on the
 * whole document (`given: '$'`), with the context Spectral would have given each call. Only `given`s made of plain
 * names, `[*]` and `[a,b]` unions that end in a `[*]` or a union are rewritten: their matches are the keys present,
 * found the way Spectral's JSONPath traversal finds them (own keys, array indices as numbers).
 */

type Segment = { kind: 'name'; name: string } | { kind: 'any' } | { kind: 'union'; names: string[] };
type Then = Exclude<RuleDefinition['then'], readonly unknown[]>;
type ThenFunction = Then['function'];

const NAME = /^[A-Za-z_$][\w$-]*$/;

/** `$.a[*][b,c].d[*]` as segments; undefined for anything else (recursive descent, filters, quoted names). */
export function plainSegments(given: string): Segment[] | undefined {
  if (!given.startsWith('$')) return undefined;
  const segments: Segment[] = [];
  let rest = given.slice(1);
  while (rest.length > 0) {
    const member = /^\.([A-Za-z_$][\w$-]*)/.exec(rest);
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
  const last = segments[segments.length - 1];
  return last && last.kind !== 'name' ? segments : undefined;
}

/** The children of a node, as the traversal meets them: array indices as numbers, object keys as strings. */
function keysOf(node: unknown): (string | number)[] {
  if (typeof node !== 'object' || node === null) return [];
  return Array.isArray(node) ? [...node.keys()] : Object.keys(node);
}

interface Match {
  path: JsonPath;
  value: unknown;
}

/** Matches found before, per document and `given`: several rules walk the same operations or parameters. */
const found = new WeakMap<object, Map<string, readonly Match[]>>();

function search(root: unknown, segments: readonly Segment[]): Match[] {
  let level: Match[] = [{ path: [], value: root }];
  for (const segment of segments) {
    const next: Match[] = [];
    for (const { path, value } of level) {
      for (const key of keysOf(value)) {
        const selected =
          segment.kind === 'any' ||
          (typeof key === 'string' && (segment.kind === 'name' ? key === segment.name : segment.names.includes(key)));
        if (selected) next.push({ path: [...path, key], value: (value as Record<string | number, unknown>)[key] });
      }
    }
    level = next;
  }
  // Shared between rules: frozen, so a rule that changed its path would fail there instead of misleading the next.
  for (const match of level) Object.freeze(match.path);
  return level;
}

/** The nodes `segments` select in `root`, found once per document and `given` (`key`). */
function matches(root: unknown, segments: readonly Segment[], key: string): readonly Match[] {
  if (typeof root !== 'object' || root === null) return search(root, segments);
  let byGiven = found.get(root);
  if (!byGiven) found.set(root, (byGiven = new Map<string, readonly Match[]>()));
  let list = byGiven.get(key);
  if (!list) byGiven.set(key, (list = search(root, segments)));
  return list;
}

function overMatches(fn: ThenFunction, givens: readonly Segment[][]): ThenFunction {
  const compiled = givens.map((segments) => ({ segments, key: JSON.stringify(segments) }));
  const whole = function (this: unknown, input: unknown, options: unknown, context: RulesetFunctionContext) {
    const results: IFunctionResult[] = [];
    const pending: Promise<void>[] = [];
    for (const { segments, key } of compiled) {
      for (const match of matches(input, segments, key)) {
        const path = match.path;
        const found: IFunctionResult[] | void | Promise<IFunctionResult[] | void> = fn.call(
          this,
          match.value,
          options,
          { ...context, path },
        );
        const add = (list: IFunctionResult[] | void): void => {
          if (Array.isArray(list)) for (const r of list) results.push(r.path ? r : { ...r, path });
        };
        if (found && typeof (found as Promise<unknown>).then === 'function')
          pending.push((found as Promise<IFunctionResult[] | void>).then(add));
        else add(found as IFunctionResult[] | void);
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
 * The rule in one call per document when its `given` allows it (see above), else as it is. `then` must already be
 * guarded: each node's call keeps its own guard, so a failure on one node is still reported at that node.
 */
export function overMatchesInOneCall(definition: RuleDefinition): RuleDefinition {
  const { then } = definition;
  if (Array.isArray(then) || then.field !== undefined) return definition;
  const givens = Array.isArray(definition.given) ? definition.given : [definition.given];
  const parsed = givens.map(plainSegments);
  if (parsed.some((s) => s === undefined)) return definition;
  return {
    ...definition,
    given: '$',
    then: { ...then, function: overMatches(then.function, parsed as Segment[][]) },
  };
}
