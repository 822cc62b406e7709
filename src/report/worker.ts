import { parentPort } from 'node:worker_threads';
import { printableFindings, renderChunks, type Finding } from './index';
import type { RenderOutcome, RenderTask } from './parallel';
import { writeReportFile } from './write';

/** The run's findings, as the parts of them arrive. */
const received: Finding[] = [];

/**
 * Report worker entry: reads the run's findings as they come, then writes its share of the file reports with them in
 * the order given, answering once each.
 */
parentPort?.on('message', (task: RenderTask) => {
  if ('findings' in task) {
    for (const f of JSON.parse(task.findings) as Finding[]) received.push(f);
    return;
  }
  void (async () => {
    // The calling thread sent each finding's printable form: it is not worked out again.
    const findings = printableFindings(Array.from(task.order, (id) => received[id]));
    for (const report of task.reports) {
      const error = await writeReportFile(renderChunks(findings, report.format, task.options), report.file);
      parentPort?.postMessage({ index: report.index, ...(error ? { error } : {}) } satisfies RenderOutcome);
    }
  })();
});
