import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PpcInputError } from './errors';

/**
 * Files the linter finds rather than is given (the nearest `.spectral.yaml`, the acknowledgement file in the new
 * connector folder) come from the repository being checked, which a pull request may have written. A symbolic
 * link there could point at `/etc/passwd` or a file in the CI runner's home; such a link is refused, never read.
 */

async function isRepoRoot(dir: string): Promise<boolean> {
  return (await fs.stat(path.join(dir, '.git')).catch(() => undefined)) !== undefined;
}

/** The git work tree root at or above `dir` (a folder holding `.git`), or undefined outside one. */
async function workTreeRoot(dir: string): Promise<string | undefined> {
  for (let at = dir; ; at = path.dirname(at)) {
    if (await isRepoRoot(at)) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * Throw a `PpcInputError` when a found file is a symbolic link whose real path leaves the folder the search stops
 * at: the git work tree root, or without one the folder the link is in. `what` names the file ("ruleset file"),
 * `instead` says how to use another file on purpose. Broken and looping links pass: reading them says what they are.
 */
export async function refuseLinkLeavingRepo(file: string, what: string, instead: string): Promise<void> {
  const link = await fs.lstat(file).catch(() => undefined);
  if (!link?.isSymbolicLink()) return;
  const target = await fs.realpath(file).catch(() => undefined);
  if (target === undefined) return;
  // The real folder, so that a target reached through a linked parent folder compares like for like.
  const dir = await fs.realpath(path.dirname(file)).catch(() => path.dirname(file));
  const root = await workTreeRoot(dir);
  if (inside(root ?? dir, target)) return;
  const where = root === undefined ? `its folder ${dir}` : `the git work tree ${root}`;
  throw new PpcInputError(
    `${file}: ${what} not read: it is a symbolic link to a file outside ${where}; make it a regular file, or ${instead}`,
  );
}
