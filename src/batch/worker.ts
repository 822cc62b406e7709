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

parentPort?.on('message', (task: Task) => {
  void lintTarget(task.target, task.profile, task.options, lookups).then((result) =>
    parentPort?.postMessage({ id: task.id, result }),
  );
});
