import { parentPort } from 'node:worker_threads';
import { printableFindings, renderChunks, type Finding } from './index';
import type { RenderOutcome, RenderTask } from './parallel';
import { writeReportFile } from './write';

/** Report worker entry: writes its share of a run's file reports, answering once per report. */
parentPort?.once('message', (task: RenderTask) => {
  void (async () => {
    // The calling thread sent each finding's printable form: it is not worked out again.
    const findings = printableFindings(JSON.parse(task.findings) as Finding[]);
    task.findings = ''; // the text is as large as the findings: not kept while they render
    for (const report of task.reports) {
      const error = await writeReportFile(renderChunks(findings, report.format, task.options), report.file);
      parentPort?.postMessage({ index: report.index, ...(error ? { error } : {}) } satisfies RenderOutcome);
    }
  })();
});
