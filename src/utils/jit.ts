import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function runs before V8 considers optimizing it. Node 20's default is 67,584: a lint runs
 * hundreds of rule functions a few times per document each, so V8 kept compiling and recompiling lukewarm ones
 * on its background threads, a quarter of a whole-corpus run's CPU. From 600,000 to 1,500,000 the run took
 * 11–13% less time and CPU (docs/performance.md); a cold single-folder run did not change.
 */
export const LINT_INTERRUPT_BUDGET = 1_000_000;

/** The V8 flag the CLI sets, unless the user gave `--interrupt-budget` to node themselves. */
export function jitFlagFor(execArgv: readonly string[]): string | undefined {
  if (execArgv.some((arg) => /^--interrupt[-_]budget(=|$)/.test(arg))) return undefined;
  return `--interrupt-budget=${LINT_INTERRUPT_BUDGET}`;
}

/**
 * Tunes V8 for linting, for the CLI only (a library must not change its host's engine). V8 flags are
 * process-wide, so the worker threads started afterwards share the setting.
 */
export function tuneJitForLinting(execArgv: readonly string[] = process.execArgv): void {
  const flag = jitFlagFor(execArgv);
  if (flag) setFlagsFromString(flag);
}
