import { parentPort } from 'node:worker_threads';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { formatChunks, trustPrintable } from './index';
import type { RenderOutcome, RenderTask } from './parallel';
import { writeReportFile } from './write';

/** Report worker entry: writes its share of a run's file reports, answering once per report. */
parentPort?.once('message', (task: RenderTask) => {
  void (async () => {
    const diagnostics = JSON.parse(task.findings) as ISpectralDiagnostic[];
    task.findings = ''; // the text is as large as the findings: not kept while they render
    // The calling thread sent each finding's printable form: it is not worked out again.
    for (const d of diagnostics) trustPrintable(d);
    for (const report of task.reports) {
      const error = await writeReportFile(formatChunks(diagnostics, report.format, task.options), report.file);
      parentPort?.postMessage({ index: report.index, ...(error ? { error } : {}) } satisfies RenderOutcome);
    }
  })();
});
