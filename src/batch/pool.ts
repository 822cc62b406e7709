import * as os from 'node:os';
import { configLookups } from '../config';
import { PpcInputError } from '../connector/errors';
import { clearRunningRule, lastRunningRule } from '../functions/guard';
import { builtFile } from '../utils/built-file';
import { lintTarget, runnerFinding, type LintTargetOptions, type ProfileChoice, type TargetResult } from './job';
import { largestFirst } from './dispatch-order';
import { startWatchdog } from './watchdog';
import { ProcessWorker } from './process-worker';

/** The longest time budget a timer can hold (2^31 - 1 ms, about 24.8 days); a longer one would fire at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export interface LintManyOptions {
  profile: ProfileChoice;
  /** Lint processes (default: one per core); 1 lints in this thread. */
  jobs?: number;
  /** Per-target time budget in milliseconds (default 60 000, at most `MAX_TIMEOUT_MS`); 0 turns it off. */
  timeoutMs?: number;
  /** The built worker script; found next to this module when absent. Without one, targets run in this thread. */
  workerFile?: string;
  /** Config file, git baseline: passed to every target. */
  target?: LintTargetOptions;
  /** Old-generation heap of each lint process in MB (default: V8's own limit). A cap keeps the run smaller
   * at a cost in time (V8 collects garbage sooner and more often); a target that needs more than the cap is
   * linted again in this process. */
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
  /** What lints one target in this thread (`lintTarget`; tests give one that hangs). */
  lintOne?: typeof lintTarget;
}

/** Cores to use by default. */
export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** The built worker script next to the running bundle (`dist/worker.js`), when there is one. */
export function findWorkerFile(): string | undefined {
  return builtFile('worker.js');
}

function timeoutResult(target: string, profile: ProfileChoice, ms: number, rule?: string): TargetResult {
  const seconds = Math.round(ms / 100) / 10;
  const where = rule ? ` (rule ${rule} was running)` : '';
  return {
    target,
    profile: profile === 'auto' ? 'certified' : profile,
    reason: 'timed out',
    diagnostics: [
      runnerFinding(
        'ppc-lint-timeout',
        target,
        `Linting took longer than ${seconds} s and was stopped${where}; raise --timeout, or lint this folder alone to see where it hangs.`,
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

/**
 * In this thread: one target after another. A target over its budget while waiting is reported when its timer
 * fires; one that blocks the thread is stopped by the watchdog first (see `startWatchdog`).
 */
async function inProcess(targets: readonly string[], options: LintManyOptions): Promise<TargetResult[]> {
  await options.beforeLint?.();
  const results: TargetResult[] = [];
  const timeoutMs = options.timeoutMs ?? 60_000;
  const lookups = configLookups();
  const lintOne = options.lintOne ?? lintTarget;
  const watchdog = startWatchdog(timeoutMs);
  try {
    for (const target of targets) {
      let timer: NodeJS.Timeout | undefined;
      const budget =
        timeoutMs > 0
          ? new Promise<TargetResult>(
              (resolve) =>
                (timer = setTimeout(
                  () => resolve(timeoutResult(target, options.profile, timeoutMs, lastRunningRule())),
                  timeoutMs,
                )),
            )
          : undefined;
      clearRunningRule();
      watchdog?.begin();
      const linting = lintOne(target, options.profile, options.target, lookups);
      const result = budget ? await Promise.race([linting, budget]) : await linting;
      watchdog?.end();
      if (timer) clearTimeout(timer);
      results.push(result);
      options.onResult?.(result);
      options.onProgress?.(results.length, targets.length, target);
    }
  } finally {
    watchdog?.stop();
  }
  return results;
}

/** Targets a worker holds at once: the one it lints and the next, so it never waits for this thread in between. */
const QUEUE_DEPTH = 2;

interface Task {
  index: number;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: ProcessWorker;
  /** The targets sent to the worker and not answered yet, in order: it lints the first. */
  tasks: Task[];
  /** The worker's last error; acted on at its exit, once every result it sent has been read. */
  error?: Error & { code?: string };
}

/**
 * Lint many targets on a pool of lint processes (`ProcessWorker`). Results come back in the order of
 * `targets`, whatever the number of workers. A target over its time budget gets a `ppc-lint-timeout` finding
 * and its worker is replaced; a crashed worker is replaced too, and the run goes on.
 */
export async function lintMany(targets: readonly string[], options: LintManyOptions): Promise<TargetResult[]> {
  const budget = options.timeoutMs ?? 60_000;
  // Node.js turns a longer timer into 1 ms, which would stop every target at once.
  if (!(budget >= 0 && budget <= MAX_TIMEOUT_MS))
    throw new PpcInputError(
      `a time budget of ${budget} ms is out of range; give 0 (none) to ${MAX_TIMEOUT_MS} ms (about 24 days)`,
    );
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), targets.length));
  const workerFile = options.workerFile ?? findWorkerFile();
  if (jobs === 1 || !workerFile) return inProcess(targets, options);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const results: Array<TargetResult | undefined> = new Array<TargetResult | undefined>(targets.length);
  /** Target indexes in the order they go out (`largestFirst`, known before the first one is sent). */
  let order: number[] = [];
  let next = 0;
  /** Targets sent to a worker that was replaced before it reached them: they go out again first. */
  const retry: number[] = [];
  let done = 0;
  let ready = false;

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

    /** The target the worker lints now runs on the clock from here (the previous one just came back). */
    const startClock = (slot: Slot): void => {
      const head = slot.tasks[0];
      if (!head || head.timer || timeoutMs <= 0) return;
      head.timer = setTimeout(() => {
        if (slot.tasks[0] !== head) return;
        const index = abandon(slot);
        fill(slot);
        if (index !== undefined) record(index, timeoutResult(targets[index] ?? '', options.profile, timeoutMs));
      }, timeoutMs);
    };

    /** Sends the worker targets until it holds QUEUE_DEPTH of them. */
    const fill = (slot: Slot): void => {
      if (!ready) return;
      while (slot.tasks.length < QUEUE_DEPTH) {
        const index = retry.length > 0 ? retry.shift() : next < order.length ? order[next++] : undefined;
        if (index === undefined) break;
        slot.tasks.push({ index });
        const target = targets[index] ?? '';
        slot.worker.postMessage({ id: index, target, profile: options.profile, options: options.target ?? {} });
      }
      startClock(slot);
    };

    /** Replaces the slot's worker; its other targets go out again. The one it was linting, if any. */
    const abandon = (slot: Slot): number | undefined => {
      for (const task of slot.tasks) clearTimeout(task.timer);
      const [head, ...waiting] = slot.tasks;
      slot.tasks = [];
      retry.unshift(...waiting.map((t) => t.index));
      replace(slot);
      return head?.index;
    };

    const spawn = (slot: Slot): void => {
      const worker = new ProcessWorker(workerFile, { heapMb: options.workerHeapMb });
      slot.worker = worker;
      slot.error = undefined;
      worker.on('message', (message: { id: number; result: TargetResult }) => {
        if (slot.worker !== worker) return;
        const at = slot.tasks.findIndex((t) => t.index === message.id);
        if (at < 0) return;
        clearTimeout(slot.tasks[at]?.timer);
        slot.tasks.splice(at, 1);
        fill(slot);
        record(message.id, message.result);
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (slot.worker === worker) slot.error = error;
      });
      // Node reads every message a worker sent before it reports the exit: the first unanswered target is the
      // one the worker died on.
      worker.on('exit', () => {
        if (slot.worker !== worker || done === targets.length) return;
        const error = slot.error;
        const index = abandon(slot);
        fill(slot);
        if (index === undefined) return;
        if (error?.code !== 'ERR_WORKER_OUT_OF_MEMORY') {
          record(index, crashResult(targets[index] ?? '', options.profile, error?.message ?? 'worker exited'));
          return;
        }
        // A document too large for a worker's heap is linted again here, where the heap is not capped.
        void lintTarget(targets[index] ?? '', options.profile, options.target).then((result) => record(index, result));
      });
    };

    const replace = (slot: Slot): void => {
      const old = slot.worker;
      spawn(slot);
      void old.terminate();
    };

    for (let i = 0; i < jobs; i++) {
      const slot: Slot = { tasks: [] } as unknown as Slot;
      slots.push(slot);
      spawn(slot);
    }
    // The workers load their modules meanwhile.
    const ordering = largestFirst(targets).then((o) => {
      order = o;
    });
    void Promise.all([options.beforeLint?.(), ordering]).then(
      () => {
        ready = true;
        slots.forEach(fill);
      },
      (error: unknown) => {
        done = targets.length; // the workers' exits are expected now
        for (const s of slots) void s.worker.terminate();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
