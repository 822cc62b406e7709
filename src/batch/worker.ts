import { parentPort } from 'node:worker_threads';
import { lintTarget, type LintTargetOptions, type ProfileChoice } from './job';
import { shareCompiledQueries } from './shared-queries';
import { skipSchemaCodeOptimization } from './ajv-codegen';
import { configLookups } from '../config';

shareCompiledQueries();
skipSchemaCodeOptimization();
// A worker lives for one run: its targets share config lookups.
const lookups = configLookups();

/** Worker entry (a child process of the pool, or a worker thread): lints one target per message. */
interface Task {
  id: number;
  target: string;
  profile: ProfileChoice;
  options: LintTargetOptions;
}

/** Where results go: the parent process's IPC channel, else the parent thread. */
const send: (message: unknown) => void = process.send
  ? (message) => process.send?.(message)
  : (message) => parentPort?.postMessage(message);

/** Targets sent ahead of time wait here: one is linted at a time, so each result is that target's alone. */
const queue: Task[] = [];
let draining = false;

async function drain(): Promise<void> {
  draining = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    const result = await lintTarget(task.target, task.profile, task.options, lookups);
    send({ id: task.id, result });
  }
  draining = false;
}

function receive(task: Task): void {
  queue.push(task);
  if (!draining) void drain();
}

if (process.send) {
  process.on('message', receive);
  // The run is over (or its process died): nothing is left to lint for.
  process.on('disconnect', () => process.exit(0));
  // Said before dying, as a worker thread's `error` event says it: the pool reports the target as crashed.
  process.on('uncaughtException', (error) => {
    process.send?.({ crashed: error instanceof Error ? error.message : String(error) }, () => process.exit(1));
  });
} else {
  parentPort?.on('message', receive);
}
