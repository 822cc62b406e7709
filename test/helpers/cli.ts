import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type CliIO, runCli } from '../../src/cli/run';

/** What one in-process `ppc-lint` run gave: its exit code and everything it wrote. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process (version 9.9.9) with `argv`, capturing standard output and error. */
export async function runCapturedCli(argv: string[], options: { isTTY?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  if (options.isTTY !== undefined) io.isTTY = options.isTTY;
  const code = await runCli(argv, io, '9.9.9');
  return { code, stdout, stderr };
}

/** `cli('lint', dir, '-f', 'json')`: {@link runCapturedCli} with the arguments spread. */
export function cli(...argv: string[]): Promise<CliRun> {
  return runCapturedCli(argv);
}

/**
 * A fresh temporary folder for every test of the file or `describe` block this is called in: made before each
 * test, removed after it. Returns a getter for the current test's folder.
 */
export function useTempDir(prefix: string): () => string {
  let dir: string | undefined;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  });
  afterEach(async () => {
    if (dir !== undefined) await fs.rm(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => {
    if (dir === undefined) throw new Error('useTempDir: the folder exists only while a test runs');
    return dir;
  };
}

/**
 * Where two large texts first differ, as `line N: <a> | <b>`, or undefined when they are the same. Comparing
 * megabytes with `toBe` makes jest diff them, which takes minutes when they differ.
 */
export function firstDifferentLine(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  const left = a.split('\n');
  const right = b.split('\n');
  const at = left.findIndex((line, i) => line !== right[i]);
  const i = at < 0 ? left.length : at;
  return `line ${i + 1}: ${left[i]?.slice(0, 200) ?? '(end)'} | ${right[i]?.slice(0, 200) ?? '(end)'}`;
}
