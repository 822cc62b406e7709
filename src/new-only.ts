import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { newFindings } from './baseline';
import { exportAtRef, gitRoot, resolveRef } from './git';
import { lintConnector, type LintOptions, type LintResult } from './lint';
import { PpcInputError } from './connector/errors';

export interface NewOnlyResult extends LintResult {
  /** Every finding of the target as it is now, before the ones it already had at the ref were removed. */
  allDiagnostics: LintResult['diagnostics'];
  /** The commit the ref named. */
  baseCommit: string;
  /** False when the target did not exist at the ref: then every finding is new. */
  existedAtBase: boolean;
}

/**
 * Lint a connector folder (or definition file) as it is and as it was at a git ref, and keep only the findings
 * the change introduced. The old files are read with git (no checkout) into a temporary folder that is always
 * removed. Findings match by rule, file, JSON pointer and offending value, never by line.
 */
export async function lintNewOnly(target: string, base: string, options: LintOptions = {}): Promise<NewOnlyResult> {
  const abs = path.resolve(target);
  let isDir: boolean;
  try {
    isDir = (await fs.stat(abs)).isDirectory();
  } catch {
    throw new PpcInputError(`${target}: no such file or folder`);
  }
  const dir = isDir ? abs : path.dirname(abs);
  const root = await gitRoot(dir);
  if (!root) throw new PpcInputError(`${target}: --new-only needs a git repository, and this is not in one`);
  const baseCommit = await resolveRef(root, base);
  const current = await lintConnector(target, options);
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-base-'));
  try {
    // Same base name as the target, so that rules looking at names see the same thing.
    const oldTarget = path.join(temp, path.basename(abs));
    const existedAtBase = await exportAtRef(root, baseCommit, abs, isDir ? oldTarget : temp);
    if (!existedAtBase) return { ...current, allDiagnostics: current.diagnostics, baseCommit, existedAtBase };
    const previous = await lintConnector(oldTarget, options);
    const diagnostics = newFindings(current, isDir ? abs : dir, previous, isDir ? oldTarget : temp);
    return { ...current, diagnostics, allDiagnostics: current.diagnostics, baseCommit, existedAtBase };
  } finally {
    await fs.rm(temp, { recursive: true, force: true });
  }
}
