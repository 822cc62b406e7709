import { lintTarget, type LintTargetOptions, type ProfileChoice } from './job';
import { shareCompiledQueries } from './shared-queries';
import { skipSchemaCodeOptimization } from './ajv-codegen';
import { configLookups } from '../config';

shareCompiledQueries();
skipSchemaCodeOptimization();
// A worker lives for one run: its targets share config lookups.
const lookups = configLookups();

/** Entry of a lint process (`ProcessWorker`): lints one target per message from the pool and sends the result back. */
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
    process.send?.({ id: task.id, result });
  }
  draining = false;
}

process.on('message', (task: Task) => {
  queue.push(task);
  if (!draining) void drain();
});
// The run is over (or the CLI died): nothing is left to lint for.
process.on('disconnect', () => process.exit(0));
// Said last on the channel, after every result, before dying: the pool reports the target as crashed with it.
process.on('uncaughtException', (error) => {
  process.send?.({ crashed: error instanceof Error ? error.message : String(error) }, () => process.exit(1));
});
