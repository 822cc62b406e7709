import type { IFunctionResult, RulesetFunction, RulesetFunctionContext } from '@stoplight/spectral-core';
import { clearRunningRule, guardFunction, lastRunningRule, ruleTimes } from '../../src/functions/guard';

type AnyFunction = RulesetFunction<unknown, unknown>;

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

const contextFor = (document: object): RulesetFunctionContext =>
  ({ document, path: [], documentInventory: {}, rule: {} }) as unknown as RulesetFunctionContext;

function call(fn: AnyFunction, input: unknown, document: object): IFunctionResult[] | undefined {
  return fn(input, null, contextFor(document)) as IFunctionResult[] | undefined;
}

describe('guardFunction', () => {
  it('adds up the time each rule spends on each document, whatever the order of the calls', () => {
    const slow = guardFunction((ms) => busy(ms as number), 'slow-rule');
    const other = guardFunction(() => busy(1), 'other-rule');
    const a = {};
    const b = {};
    call(slow, 20, a);
    call(slow, 2, b);
    call(other, null, a);
    call(slow, 20, a);
    call(slow, 20, a);
    expect(ruleTimes(a).get('slow-rule')).toBeGreaterThanOrEqual(60);
    expect(ruleTimes(a).get('other-rule')).toBeGreaterThanOrEqual(1);
    expect(ruleTimes(b).get('slow-rule')).toBeGreaterThanOrEqual(2);
    expect(ruleTimes(b).get('slow-rule')).toBeLessThan(ruleTimes(a).get('slow-rule') ?? 0);
    expect([...ruleTimes(b).keys()]).toEqual(['slow-rule']);
    expect(ruleTimes({}).size).toBe(0);
  });

  it('knows which rule is running, including inside another rule, and none once they return', () => {
    const seen: Array<string | undefined> = [];
    const inner = guardFunction(() => void seen.push(lastRunningRule()), 'inner-rule');
    const outer = guardFunction(() => {
      seen.push(lastRunningRule());
      call(inner, null, {});
      seen.push(lastRunningRule());
    }, 'outer-rule');
    call(outer, null, {});
    expect(seen).toEqual(['outer-rule', 'inner-rule', 'outer-rule']);
    expect(lastRunningRule()).toBeUndefined();
    const failing = guardFunction(() => {
      throw new Error('x');
    }, 'failing-rule');
    call(failing, null, {});
    expect(lastRunningRule()).toBeUndefined();
    clearRunningRule();
    expect(lastRunningRule()).toBeUndefined();
  });

  it('sanitizes messages, keeps an empty result, and turns an exception into a finding', () => {
    const noisy = guardFunction(() => [{ message: 'bad\nvalue \u001b[31m' }], 'noisy');
    expect(call(noisy, null, {})).toEqual([{ message: 'bad\\nvalue \\u001b[31m' }]);
    const quiet = guardFunction(() => [], 'quiet');
    expect(call(quiet, null, {})).toEqual([]);
    const nothing = guardFunction(() => undefined, 'nothing');
    expect(call(nothing, null, {})).toBeUndefined();
    const failing = guardFunction(() => {
      throw new Error('kaput');
    }, 'failing');
    expect(call(failing, null, {})).toEqual([
      { message: expect.stringContaining('the rule failed on this value (kaput)') },
    ]);
  });
});
