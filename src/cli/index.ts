import { runCli } from './run';
import { guardedOutput } from '../utils/output';
import { shareCompiledQueries } from '../batch/shared-queries';
import { skipSchemaCodeOptimization } from '../batch/ajv-codegen';
import { tuneJitForLinting } from '../utils/jit';

tuneJitForLinting();
shareCompiledQueries();
skipSchemaCodeOptimization();

declare const PACKAGE_VERSION: string;

// A full disk, a closed pipe or a descriptor not open for writing is an outcome runCli reports, never a crash.
const stdout = guardedOutput(process.stdout);
const stderr = guardedOutput(process.stderr);

void runCli(
  process.argv.slice(2),
  {
    stdout: stdout.write,
    stderr: stderr.write,
    isTTY: process.stderr.isTTY === true,
    stdoutFailure: stdout.failure,
    stderrFailure: stderr.failure,
  },
  PACKAGE_VERSION,
).then((code) => {
  process.exitCode = code;
});
