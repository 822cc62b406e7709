import { runCli } from './run';
import { shareCompiledQueries } from '../batch/shared-queries';
import { skipSchemaCodeOptimization } from '../batch/ajv-codegen';

shareCompiledQueries();
skipSchemaCodeOptimization();

declare const PACKAGE_VERSION: string;

// A reader that stops early (`ppc-lint rules | head`) closes the pipe: end quietly instead of crashing.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void runCli(
  process.argv.slice(2),
  {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stderr.isTTY === true,
  },
  PACKAGE_VERSION,
).then((code) => {
  process.exitCode = code;
});
