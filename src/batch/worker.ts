import { parentPort } from 'node:worker_threads';
import { lintTarget, type LintTargetOptions, type ProfileChoice } from './job';
import { shareCompiledQueries } from './shared-queries';
import { skipSchemaCodeOptimization } from './ajv-codegen';
import { configLookups } from '../config';

shareCompiledQueries();
skipSchemaCodeOptimization();
// A worker lives for one run: its targets share config lookups.
const lookups = configLookups();

/** Worker entry: lints one target per message and posts back compact findings. */
interface Task {
  id: number;
  target: string;
  profile: ProfileChoice;
  options: LintTargetOptions;
}

/** Targets sent ahead of time wait here: one is linted at a time, so each result is that target's alone. */
const queue: Task[] = [];
let draining = false;

async function drain(): Promise<void> {
  draining = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    const result = await lintTarget(task.target, task.profile, task.options, lookups);
    parentPort?.postMessage({ id: task.id, result });
  }
  draining = false;
}

parentPort?.on('message', (task: Task) => {
  queue.push(task);
  if (!draining) void drain();
});
