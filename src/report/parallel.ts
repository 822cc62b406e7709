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
 * its reports and the options.
 */
export type RenderTask = { findings: string } | { reports: FileReport[]; options: FormatOptions };

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
  sarif: 2,
  'code-climate': 1.8,
  json: 1.7,
  junit: 1.5,
  html: 1.2,
  teamcity: 1.1,
  markdown: 1,
  stylish: 0.85,
  text: 0.65,
  'github-actions': 0.15,
};

/** Fewer findings than this render in the calling thread: starting workers would cost more than it saves. */
export const MIN_FINDINGS_FOR_WORKERS = 10_000;

/** The built report worker next to the running bundle (`dist/report-worker.js`), when there is one. */
export function findReportWorkerFile(): string | undefined {
  return builtFile('report-worker.js');
}

/**
 * Reports split into `threads` shares of about equal cost (the costliest first, each to the lightest share), in
 * their own order within a share. The reports `stays` picks all go to the first share, for the calling thread to
 * write. No share but the first is empty.
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
  for (const report of movable.sort((a, b) => COST[b.format] - COST[a.format] || a.index - b.index)) {
    const lightest = shares.reduce((min, s) => (s.cost < min.cost ? s : min));
    lightest.cost += COST[report.format];
    lightest.reports.push(report);
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
 * Renders and writes file reports on worker threads, one per share, all at once. Each gets the findings in their
 * printable form, so its output is byte for byte what the calling thread would write. Resolves to each report's
 * outcome; the reports of a worker that failed are left out, for the caller to write itself.
 */
export async function renderInWorkers(
  diagnostics: readonly ISpectralDiagnostic[],
  shares: readonly FileReport[][],
  options: FormatOptions,
  workerFile: string,
): Promise<Map<number, RenderOutcome>> {
  const outcomes = new Map<number, RenderOutcome>();
  if (shares.length === 0) return outcomes;
  // The ruleset is not needed to render (rule metadata comes from the package) and cannot cross threads.
  const { ruleset: _unused, ...plain } = options;
  // Started first: each loads while the findings are encoded.
  const workers = shares.map((share) => ({ worker: new Worker(workerFile), share }));
  const done = workers.map(
    ({ worker, share }) =>
      new Promise<void>((resolve) => {
        let left = share.length;
        const finish = (): void => {
          void worker.terminate();
          resolve();
        };
        worker.on('message', (outcome: RenderOutcome) => {
          outcomes.set(outcome.index, outcome);
          if (--left === 0) finish();
        });
        worker.on('error', finish);
        worker.on('exit', finish);
      }),
  );
  const safe = diagnostics.map(printable);
  for (let i = 0; i < safe.length; i += PART) {
    const findings = JSON.stringify(safe.slice(i, i + PART));
    for (const { worker } of workers) worker.postMessage({ findings } satisfies RenderTask);
  }
  for (const { worker, share } of workers) worker.postMessage({ reports: share, options: plain } satisfies RenderTask);
  await Promise.all(done);
  return outcomes;
}
