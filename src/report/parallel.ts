import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { builtFile } from '../utils/built-file';
import { printable, type FormatName, type FormatOptions } from './index';

/** A report to write to a file, by its place among the run's reports. */
export interface FileReport {
  index: number;
  format: FormatName;
  file: string;
}

/**
 * What a report worker is sent: the run's printable findings as JSON arrays, a part of the run in each message, then
 * the order to report them in (each finding by its place among those sent), its reports and the options.
 */
export type RenderTask =
  { findings: string } | { order: Int32Array; reports: readonly FileReport[]; options: FormatOptions };

/** Findings per part sent to a report worker: it reads one part while this thread encodes the next. */
const PART = 16_384;

/** What a report worker answers for each report: the error code when the file could not be written. */
export interface RenderOutcome {
  index: number;
  error?: string;
}

/**
 * Seconds each format took to render and write the whole corpus's 167,000 findings in one thread: shares are
 * balanced by these.
 */
const COST: Record<FormatName, number> = {
  sarif: 2.5,
  json: 1.9,
  junit: 1.6,
  'code-climate': 1.6,
  markdown: 1.4,
  html: 1.15,
  teamcity: 1,
  stylish: 0.9,
  text: 0.5,
  'github-actions': 0.3,
};

/**
 * How much longer a report takes in the calling thread than in a report worker: that thread holds the whole run, so
 * it collects more garbage (measured on the corpus: 1.45 s per cost second against 1.1 in a worker).
 */
const CALLING_THREAD_SLOWER = 1.3;

/** Fewer findings than this render in the calling thread: starting workers would cost more than it saves. */
export const MIN_FINDINGS_FOR_WORKERS = 10_000;

/** The built report worker next to the running bundle (`dist/report-worker.js`), when there is one. */
export function findReportWorkerFile(): string | undefined {
  return builtFile('report-worker.js');
}

/**
 * Reports split into `threads` shares that take about as long (the costliest first, each to the share that would
 * finish it soonest), in their own order within a share. The reports `stays` picks all go to the first share, for
 * the calling thread to write. No share but the first is empty.
 */
export function shareReports<T extends { index: number; format: FormatName }>(
  reports: readonly T[],
  threads: number,
  stays: (report: T) => boolean = () => false,
): T[][] {
  const shares = Array.from({ length: Math.max(1, Math.min(threads, reports.length)) }, () => ({
    cost: 0,
    reports: [] as T[],
  }));
  const [first] = shares as [(typeof shares)[number]];
  for (const report of reports.filter(stays)) {
    first.cost += COST[report.format];
    first.reports.push(report);
  }
  const movable = reports.filter((r) => !stays(r));
  const speed = (share: (typeof shares)[number]): number => (share === first ? CALLING_THREAD_SLOWER : 1);
  for (const report of movable.sort((a, b) => COST[b.format] - COST[a.format] || a.index - b.index)) {
    const cost = COST[report.format];
    // To the share that would finish it soonest.
    const soonest = shares.reduce((best, s) =>
      (s.cost + cost) * speed(s) < (best.cost + cost) * speed(best) ? s : best,
    );
    soonest.cost += cost;
    soonest.reports.push(report);
  }
  return shares.map((s) => s.reports.sort((a, b) => a.index - b.index)).filter((s, i) => i === 0 || s.length > 0);
}

/**
 * True for a report file a worker may write while this thread writes others: a regular file or a new one. Standard
 * output by name (`/dev/stdout`), a pipe or a terminal stays with this thread, so reports reach it one after another.
 */
export function ordinaryFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return true;
  }
}

/**
 * A run's reports split between the calling thread (the first share: standard output and anything that is not a
 * regular file, in order) and report workers (the other shares, one per worker), when `threads` is above 1 and there
 * are several reports; otherwise all in the first share.
 */
export function splitReports<T extends { index: number; format: FormatName; file?: string }>(
  reports: readonly T[],
  threads: number,
): [T[], ...Array<Array<T & { file: string }>>] {
  if (threads <= 1 || reports.length <= 1) return [[...reports]];
  const [here = [], ...elsewhere] = shareReports(
    reports,
    threads,
    (r) => r.file === undefined || !ordinaryFile(r.file),
  );
  return [here, ...(elsewhere as Array<Array<T & { file: string }>>)];
}

/**
 * The reports of a run, planned before it lints: those this thread writes, and the feed of the workers that write
 * the others.
 */
export interface PlannedReports {
  here: Array<{ index: number; format: FormatName; file?: string }>;
  feed: ReportFeed;
}

/**
 * Report workers fed while the run lints. Each result's findings are sent in their printable form as they arrive, so
 * when the run ends the workers already hold every finding: they are sent only the final order (an id per finding)
 * and start rendering at once. Workers start once `startAt` findings have come (fewer render faster in the calling
 * thread); until `render`, they do not keep the process alive.
 */
export class ReportFeed {
  private readonly ids = new WeakMap<object, number>();
  private pending: ISpectralDiagnostic[] = [];
  private count = 0;
  private workers: Array<{ worker: Worker; failed: boolean }> | undefined;

  constructor(
    /** The reports each worker writes, one share per worker. */
    readonly shares: readonly FileReport[][],
    private readonly workerFile: string,
    private readonly startAt = MIN_FINDINGS_FOR_WORKERS,
  ) {}

  /**
   * A feed for a run's reports, with the reports this thread writes (`here`), when some go to workers: `threads`
   * above 1, several reports, a built report worker.
   */
  static plan(
    destinations: ReadonlyArray<{ format: FormatName; file?: string }>,
    threads: number,
  ): PlannedReports | undefined {
    const workerFile = findReportWorkerFile();
    if (!workerFile) return undefined;
    const [here = [], ...elsewhere] = splitReports(
      destinations.map((d, index) => ({ ...d, index })),
      threads,
    );
    return elsewhere.length > 0 ? { feed: new ReportFeed(elsewhere, workerFile), here } : undefined;
  }

  /** Whether the workers have started (the run has had `startAt` findings). */
  get started(): boolean {
    return this.workers !== undefined;
  }

  /** Takes findings as they come; sends them once there are enough for a message. */
  add(diagnostics: readonly ISpectralDiagnostic[]): void {
    for (const d of diagnostics) {
      const safe = printable(d);
      if (this.ids.has(safe)) continue;
      this.ids.set(safe, this.count++);
      this.pending.push(safe);
    }
    if (this.pending.length >= (this.workers ? PART : Math.max(1, this.startAt))) this.send();
  }

  private send(): void {
    if (this.pending.length === 0) return;
    this.workers ??= this.shares.map(() => {
      const entry = { worker: new Worker(this.workerFile), failed: false };
      entry.worker.unref();
      // A worker that fails is noticed when the reports are due; its reports are then written by the caller.
      entry.worker.on('error', () => (entry.failed = true));
      entry.worker.on('exit', () => (entry.failed = true));
      return entry;
    });
    for (let i = 0; i < this.pending.length; i += PART) {
      const findings = JSON.stringify(this.pending.slice(i, i + PART));
      for (const { worker } of this.workers) worker.postMessage({ findings } satisfies RenderTask);
    }
    this.pending = [];
  }

  /**
   * Has each worker write its share of the reports of `diagnostics` (in that order), and resolves to each report's
   * outcome; the reports of a worker that failed are left out, for the caller to write itself.
   */
  async render(
    diagnostics: readonly ISpectralDiagnostic[],
    options: FormatOptions,
  ): Promise<Map<number, RenderOutcome>> {
    const outcomes = new Map<number, RenderOutcome>();
    if (this.shares.length === 0) return outcomes;
    // Findings that did not come while linting (a baseline's stale entries) are sent now.
    this.add(diagnostics);
    // The rest, which also starts the workers when the run had too few findings to start them before.
    this.send();
    const order = Int32Array.from(diagnostics, (d) => this.ids.get(printable(d)) as number);
    // The ruleset is not needed to render (rule metadata comes from the package) and cannot cross threads.
    const { ruleset: _unused, ...plain } = options;
    const workers = this.workers ?? [];
    await Promise.all(
      workers.map(
        ({ worker, failed }, i) =>
          new Promise<void>((resolve) => {
            const share = this.shares[i] ?? [];
            let left = share.length;
            const finish = (): void => {
              void worker.terminate();
              resolve();
            };
            if (failed || left === 0) return finish();
            worker.ref();
            worker.on('message', (outcome: RenderOutcome) => {
              outcomes.set(outcome.index, outcome);
              if (--left === 0) finish();
            });
            worker.on('error', finish);
            worker.on('exit', finish);
            worker.postMessage({ order, reports: share, options: plain } satisfies RenderTask);
          }),
      ),
    );
    this.workers = undefined;
    return outcomes;
  }

  /** Stops the workers (a run that ends without reports, or renders them all in this thread). */
  close(): void {
    for (const { worker } of this.workers ?? []) void worker.terminate();
    this.workers = undefined;
  }
}

/**
 * Renders and writes file reports on worker threads, one per share, all at once (through `feed` when the workers
 * were fed while linting). Resolves to each report's outcome; the reports of a worker that failed are left out, for
 * the caller to write itself.
 */
export async function renderInWorkers(
  diagnostics: readonly ISpectralDiagnostic[],
  shares: readonly FileReport[][],
  options: FormatOptions,
  workerFile: string,
  feed: ReportFeed = new ReportFeed(shares, workerFile, 0),
): Promise<Map<number, RenderOutcome>> {
  return feed.render(diagnostics, options);
}
