import { runCli } from './run';

declare const PACKAGE_VERSION: string;

runCli(
  process.argv.slice(2),
  { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), isTTY: process.stderr.isTTY === true },
  PACKAGE_VERSION,
).then(
  (code) => {
    process.exitCode = code;
  },
);
