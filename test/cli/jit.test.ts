import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { jitFlagFor, LINT_INTERRUPT_BUDGET } from '../../src/utils/jit';
import { ROOT } from '../helpers/lint';

describe('the V8 tuning of the CLI', () => {
  it('raises the interrupt budget unless the user set one', () => {
    expect(jitFlagFor([])).toBe(`--interrupt-budget=${LINT_INTERRUPT_BUDGET}`);
    expect(jitFlagFor(['--max-old-space-size=512', '--enable-source-maps'])).toBe(
      `--interrupt-budget=${LINT_INTERRUPT_BUDGET}`,
    );
    expect(jitFlagFor(['--interrupt-budget=5000'])).toBeUndefined();
    expect(jitFlagFor(['--interrupt_budget', '5000'])).toBeUndefined();
    expect(jitFlagFor(['--interrupt-budget-factor-for-feedback-allocation=8'])).toBe(
      `--interrupt-budget=${LINT_INTERRUPT_BUDGET}`,
    );
  });

  it('names a flag this Node.js knows (V8 ignores an unknown one silently)', () => {
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    expect(options).toMatch(/^\s+--interrupt-budget \(/m);
  });

  it('changes when V8 optimizes a function', () => {
    // After 1,000 calls of a small loop a function is optimized under the default budget, not yet under ours.
    const probe = [
      'const flag = process.argv[1];',
      'if (flag) require("node:v8").setFlagsFromString(flag);',
      'function add(a, b) { let r = 0; for (let k = 0; k < 10; k++) r += a * k + b; return r; }',
      'function drive(n) { let s = 0; for (let i = 0; i < n; i++) s = add(s, i) % 1000; return s; }',
      '%NeverOptimizeFunction(drive);',
      'drive(1000);',
      'console.log((%GetOptimizationStatus(add) & 16) !== 0 ? "optimized" : "not optimized");',
    ].join('\n');
    const status = (flag?: string): string =>
      spawnSync(
        process.execPath,
        ['--allow-natives-syntax', '--no-concurrent-recompilation', '-e', probe, ...(flag ? [flag] : [])],
        { encoding: 'utf8' },
      ).stdout.trim();
    expect(status()).toBe('optimized');
    expect(status(jitFlagFor([]))).toBe('not optimized');
  });

  it('leaves the findings alone when the user gives node their own budget', () => {
    const run = (...node: string[]) =>
      spawnSync(
        process.execPath,
        [...node, path.join(ROOT, 'dist/cli.js'), 'lint', path.join(ROOT, 'examples/contoso-tasks'), '-f', 'json'],
        { encoding: 'utf8' },
      );
    const ours = run();
    const theirs = run('--interrupt-budget=67584');
    expect(ours.status).toBe(1);
    expect(JSON.parse(ours.stdout).length).toBeGreaterThan(0);
    expect(theirs.status).toBe(ours.status);
    expect(theirs.stdout).toBe(ours.stdout);
  });
});
