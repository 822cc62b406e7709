import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { openForWriting } from '../utils/open-for-writing';
import { renderChunks, reportFindings, type FormatName, type FormatOptions } from './index';
import {
  findReportWorkerFile,
  MIN_FINDINGS_FOR_WORKERS,
  renderInWorkers,
  splitReports,
  type PlannedReports,
  type RenderOutcome,
} from './parallel';

/** A report and where it goes: a file, or standard output when there is no file. */
export interface ReportDestination {
  format: FormatName;
  file?: string;
}

/** Chunks joined into pieces of about 1 MB, so writes are few and no piece is large. */
export function* batches(chunks: Iterable<string>, size = 1 << 20): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join('');
}

/**
 * Writes a report's chunks to a file in batches, so a report of any size never exists as one string; missing
 * folders on its path are made. Resolves to the error code (`EACCES`, `ENOTDIR`…) when the file could not be
 * written.
 */
export async function writeReportFile(chunks: Iterable<string>, file: string): Promise<string | undefined> {
  try {
    const handle = await openForWriting(file);
    // The next batch is rendered while the last one is written (one write at a time, in order).
    let writing: Promise<unknown> | undefined;
    try {
      for (const batch of batches(chunks)) {
        await writing;
        writing = handle.write(batch);
        // Awaited on the next turn; a render that throws before then must not leave it unhandled.
        writing.catch(() => undefined);
      }
      await writing;
    } finally {
      await handle.close();
    }
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? 'error';
  }
}

/**
 * Renders every report: the one without a file through `stdout`, the others to their files. With `threads` above 1
 * and many findings, the reports are shared out between this thread and report workers that render theirs at the
 * same time; otherwise they are rendered one at a time, so a large run holds one rendered text at once. Resolves to
 * each destination's error code (undefined when it was written), in the destinations' order.
 */
export async function renderReports(
  diagnostics: readonly ISpectralDiagnostic[],
  destinations: readonly ReportDestination[],
  options: FormatOptions,
  stdout: (text: string) => void,
  threads = 1,
  planned?: PlannedReports,
): Promise<Array<string | undefined>> {
  const reports = destinations.map((d, index) => ({ ...d, index }));
  const workerFile = findReportWorkerFile();
  let here: typeof reports = reports;
  let rendering: Promise<Map<number, RenderOutcome>> | undefined;
  if (planned?.feed.started && workerFile) {
    // Workers fed while the run linted.
    here = planned.here;
    rendering = renderInWorkers(diagnostics, planned.feed.shares, options, workerFile, planned.feed);
  } else {
    planned?.feed.close();
    const parallel = diagnostics.length >= MIN_FINDINGS_FOR_WORKERS && workerFile;
    const [first, ...elsewhere] = splitReports(reports, parallel ? threads : 1);
    here = first;
    if (workerFile && elsewhere.length > 0) rendering = renderInWorkers(diagnostics, elsewhere, options, workerFile);
  }
  // Printable and marked once for all the reports this thread writes.
  const findings = reportFindings(diagnostics);
  const errors = new Map<number, string | undefined>();
  for (const { index, format, file } of here) {
    const chunks = renderChunks(findings, format, options);
    if (file === undefined) for (const batch of batches(chunks)) stdout(batch);
    else errors.set(index, await writeReportFile(chunks, file));
  }
  for (const [index, outcome] of (await rendering) ?? []) errors.set(index, outcome.error);
  // A report whose worker failed is written here.
  for (const { index, format, file } of reports)
    if (file !== undefined && !errors.has(index))
      errors.set(index, await writeReportFile(renderChunks(findings, format, options), file));
  return reports.map((r) => errors.get(r.index));
}
