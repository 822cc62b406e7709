import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { configLookups } from '../config';
import { lintTarget, runnerFinding, type LintTargetOptions, type ProfileChoice, type TargetResult } from './job';

export interface LintManyOptions {
  profile: ProfileChoice;
  /** Worker threads (default: one per core); 1 lints in this thread. */
  jobs?: number;
  /** Per-target time budget in milliseconds (default 60 000); 0 turns it off. */
  timeoutMs?: number;
  /** The built worker script; found next to this module when absent. Without one, targets run in this thread. */
  workerFile?: string;
  /** Config file, git baseline: passed to every target. */
  target?: LintTargetOptions;
  /** Old-generation heap of each worker thread in MB (default: V8's own limit). A cap keeps the process
   * smaller at a cost in time (V8 collects garbage sooner and more often); a target that needs more than the cap
   * is linted again in the main thread. */
  workerHeapMb?: number;
  /** Called after each target. */
  onProgress?: (done: number, total: number, target: string) => void;
  /**
   * Work to finish before any target is linted (checking every target's config): it runs while the workers
   * start. If it fails, the workers stop and the run fails with its error.
   */
  beforeLint?: () => Promise<void>;
  /** Called with each target's result as it arrives, in any order (work that need not wait for the whole run). */
  onResult?: (result: TargetResult) => void;
}

/** Cores to use by default. */
export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** The built worker script next to the running bundle (`dist/worker.js`), when there is one. */
export function findWorkerFile(): string | undefined {
  const here = typeof __dirname === 'string' ? __dirname : undefined;
  if (!here) return undefined;
  for (const candidate of [path.join(here, 'worker.js'), path.join(here, '..', '..', 'dist', 'worker.js')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

function timeoutResult(target: string, profile: ProfileChoice, ms: number): TargetResult {
  const seconds = Math.round(ms / 100) / 10;
  return {
    target,
    profile: profile === 'auto' ? 'certified' : profile,
    reason: 'timed out',
    diagnostics: [
      runnerFinding(
        'ppc-lint-timeout',
        target,
        `Linting took longer than ${seconds} s and was stopped; raise --timeout, or lint this folder alone to see where it hangs.`,
      ),
    ],
  };
}

function crashResult(target: string, profile: ProfileChoice, why: string): TargetResult {
  return {
    target,
    profile: profile === 'auto' ? 'certified' : profile,
    reason: 'crashed',
    diagnostics: [],
    error: `${target}: the linter crashed (${why})`,
  };
}

/** In this thread: one target after another; the time budget only applies between awaits. */
async function inProcess(targets: readonly string[], options: LintManyOptions): Promise<TargetResult[]> {
  await options.beforeLint?.();
  const results: TargetResult[] = [];
  const timeoutMs = options.timeoutMs ?? 60_000;
  const lookups = configLookups();
  for (const target of targets) {
    let timer: NodeJS.Timeout | undefined;
    const budget =
      timeoutMs > 0
        ? new Promise<TargetResult>(
            (resolve) =>
              (timer = setTimeout(() => resolve(timeoutResult(target, options.profile, timeoutMs)), timeoutMs)),
          )
        : undefined;
    const result = budget
      ? await Promise.race([lintTarget(target, options.profile, options.target, lookups), budget])
      : await lintTarget(target, options.profile, options.target, lookups);
    if (timer) clearTimeout(timer);
    results.push(result);
    options.onResult?.(result);
    options.onProgress?.(results.length, targets.length, target);
  }
  return results;
}

interface Slot {
  worker: Worker;
  task?: { index: number; timer?: NodeJS.Timeout };
}

/**
 * Lint many targets on a pool of worker threads. Results come back in the order of `targets`, whatever
 * the number of workers. A target over its time budget gets a `ppc-lint-timeout` finding and its worker
 * is replaced; a crashed worker is replaced too, and the run goes on.
 */
export async function lintMany(targets: readonly string[], options: LintManyOptions): Promise<TargetResult[]> {
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), targets.length));
  const workerFile = options.workerFile ?? findWorkerFile();
  if (jobs === 1 || !workerFile) return inProcess(targets, options);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const results: Array<TargetResult | undefined> = new Array<TargetResult | undefined>(targets.length);
  let next = 0;
  let done = 0;

  return new Promise<TargetResult[]>((resolve, reject) => {
    const slots: Slot[] = [];

    /** Keeps a target's first result; true when that was the last one. */
    const record = (index: number, result: TargetResult): boolean => {
      if (results[index] === undefined) {
        results[index] = result;
        done++;
        options.onResult?.(result);
        options.onProgress?.(done, targets.length, targets[index] ?? '');
      }
      if (done < targets.length) return false;
      for (const s of slots) void s.worker.terminate();
      resolve(results.map((r, i) => r ?? crashResult(targets[i] ?? '', options.profile, 'no result')));
      return true;
    };

    const finish = (slot: Slot, index: number, result: TargetResult): void => {
      if (slot.task?.timer) clearTimeout(slot.task.timer);
      slot.task = undefined;
      if (!record(index, result)) dispatch(slot);
    };

    const spawn = (slot: Slot): void => {
      const limits = options.workerHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb } } : {};
      const worker = new Worker(workerFile, limits);
      slot.worker = worker;
      worker.on('message', (message: { id: number; result: TargetResult }) => {
        if (slot.worker === worker && slot.task?.index === message.id) finish(slot, message.id, message.result);
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (slot.worker !== worker) return;
        const index = slot.task?.index;
        replace(slot);
        if (index === undefined) return;
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY')
          return finish(slot, index, crashResult(targets[index] ?? '', options.profile, error.message));
        // A document too large for a worker's heap is linted again here, where the heap is not capped.
        if (slot.task?.timer) clearTimeout(slot.task.timer);
        slot.task = undefined;
        dispatch(slot);
        void lintTarget(targets[index] ?? '', options.profile, options.target).then((result) => record(index, result));
      });
      worker.on('exit', () => {
        if (slot.worker !== worker || done === targets.length) return;
        const index = slot.task?.index;
        replace(slot);
        if (index !== undefined)
          finish(slot, index, crashResult(targets[index] ?? '', options.profile, 'worker exited'));
      });
    };

    const replace = (slot: Slot): void => {
      const old = slot.worker;
      spawn(slot);
      void old.terminate();
    };

    const dispatch = (slot: Slot): void => {
      if (next >= targets.length) return;
      const index = next++;
      const target = targets[index] ?? '';
      const task: Slot['task'] = { index };
      if (timeoutMs > 0) {
        task.timer = setTimeout(() => {
          if (slot.task !== task) return;
          replace(slot);
          finish(slot, index, timeoutResult(target, options.profile, timeoutMs));
        }, timeoutMs);
      }
      slot.task = task;
      slot.worker.postMessage({ id: index, target, profile: options.profile, options: options.target ?? {} });
    };

    for (let i = 0; i < jobs; i++) {
      const slot = { task: undefined } as unknown as Slot;
      slots.push(slot);
      spawn(slot);
    }
    // The workers load their modules meanwhile.
    void (options.beforeLint?.() ?? Promise.resolve()).then(
      () => slots.forEach(dispatch),
      (error: unknown) => {
        done = targets.length; // the workers' exits are expected now
        for (const s of slots) void s.worker.terminate();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
