import type { IFunctionResult, RulesetFunction, RulesetFunctionContext } from '@stoplight/spectral-core';
import { sanitizeMessage } from '../utils/sanitize';

/** Time one rule may spend on one document before it is reported as `ppc-rule-timeout`. */
export const RULE_TIME_BUDGET_MS = 2000;

/** Per document, each rule's running total (an object, so a rule adds to it without looking it up again). */
const timings = new WeakMap<object, Map<string, { ms: number }>>();

/** Milliseconds each rule spent on a document (Spectral's document object), for rules that ran on it. */
export function ruleTimes(document: object): ReadonlyMap<string, number> {
  return new Map([...(timings.get(document) ?? [])].map(([rule, total]) => [rule, total.ms]));
}

function totalFor(document: object, rule: string): { ms: number } {
  let map = timings.get(document);
  if (!map) {
    map = new Map();
    timings.set(document, map);
  }
  let total = map.get(rule);
  if (!total) {
    total = { ms: 0 };
    map.set(rule, total);
  }
  return total;
}

function cleanResults(results: IFunctionResult[] | void | undefined): IFunctionResult[] | undefined {
  if (!Array.isArray(results)) return undefined;
  if (results.length === 0) return results;
  return results.map((r) => ({
    ...r,
    message: sanitizeMessage(typeof r.message === 'string' ? r.message : String(r.message)),
  }));
}

type AnyFunction = RulesetFunction<unknown, unknown>;

/**
 * The rule whose function is running now. A call that never returns (stopped by the watchdog) leaves its rule
 * here, so the time-out can name it.
 */
let runningRule: string | undefined;

/** The rule that was running when linting stopped, if one was; cleared by `clearRunningRule`. */
export function lastRunningRule(): string | undefined {
  return runningRule;
}

export function clearRunningRule(): void {
  runningRule = undefined;
}

/**
 * A rule function made safe for hostile documents: its messages are sanitized (no control characters, no
 * secrets), an exception becomes a finding at the node instead of aborting the whole run, and the time it
 * takes is measured per document for the rule-time budget.
 */
export function guardFunction(fn: AnyFunction, rule: string): AnyFunction {
  // A rule runs many times on one document in a row: its total there is looked up once, not on every call. A weak
  // reference, so that the last document linted is not kept alive by the rule.
  let last: { document: WeakRef<object>; total: { ms: number } } | undefined;
  const record = (document: unknown, ms: number): void => {
    if (typeof document !== 'object' || document === null) return;
    if (last?.document.deref() !== document)
      last = { document: new WeakRef(document), total: totalFor(document, rule) };
    last.total.ms += ms;
  };
  const guarded = function (this: unknown, input: unknown, options: unknown, context: RulesetFunctionContext) {
    const started = performance.now();
    const outer = runningRule;
    runningRule = rule;
    try {
      const out: ReturnType<AnyFunction> = fn.call(this, input, options, context);
      if (out && typeof (out as Promise<unknown>).then === 'function') {
        return (out as Promise<IFunctionResult[] | void>).then(cleanResults, (error: unknown) => failure(error));
      }
      return cleanResults(out as IFunctionResult[] | void);
    } catch (error) {
      return failure(error);
    } finally {
      runningRule = outer;
      record(context?.document, performance.now() - started);
    }
  } as AnyFunction;
  Reflect.defineProperty(guarded, 'name', { value: fn.name });
  const validator = (fn as { validator?: (o: unknown) => void }).validator;
  if (validator) Object.assign(guarded, { validator: validator.bind(fn) });
  return guarded;
}

function failure(error: unknown): IFunctionResult[] {
  const reason = error instanceof Error ? error.message : String(error);
  return [
    { message: sanitizeMessage(`could not be checked: the rule failed on this value (${reason.slice(0, 200)})`) },
  ];
}

/**
 * Nested quantifiers (`(a+)+`, `(\\w*)*`, `(a|aa)+`): a group holding a quantifier or an alternation, itself
 * repeated. Such patterns can take exponential time to match. A linear scan, not a regex.
 */
export function hasNestedQuantifier(pattern: string): boolean {
  const groups: boolean[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      // Skip a character class: its quantifier-like characters are literals.
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    if (c === '(') groups.push(false);
    else if (c === ')') {
      const risky = groups.pop() ?? false;
      const next = pattern[i + 1];
      if (risky && (next === '+' || next === '*' || next === '{')) return true;
      if (risky && groups.length > 0) groups[groups.length - 1] = true;
    } else if ((c === '+' || c === '*' || c === '{' || c === '|') && groups.length > 0)
      groups[groups.length - 1] = true;
  }
  return false;
}

/** True when a schema (or a schema inside it) has a `pattern` that may take exponential time to match. */
export function hasUnsafePattern(value: unknown, depth = 0, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || depth > 64 || seen.has(value)) return false;
  seen.add(value);
  const pattern = (value as { pattern?: unknown }).pattern;
  if (typeof pattern === 'string' && (pattern.length > 1000 || hasNestedQuantifier(pattern))) return true;
  for (const child of Object.values(value)) if (hasUnsafePattern(child, depth + 1, seen)) return true;
  return false;
}
