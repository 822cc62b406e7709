/** Reading files of a git revision, for baselines (`diff --base`, `lint --new-only`). No shell is involved. */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PpcInputError } from './connector/errors';
import { decodeText } from './connector/text';

const MAX_BUFFER = 64 * 1024 * 1024;

interface GitOutput {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

function git(cwd: string, args: string[]): Promise<GitOutput> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, windowsHide: true },
      (error, stdout, stderr) => {
        resolve({
          ok: !error,
          stdout: Buffer.isBuffer(stdout) ? stdout : Buffer.from(stdout ?? ''),
          stderr: Buffer.isBuffer(stderr) ? stderr.toString('utf8') : String(stderr ?? ''),
        });
      },
    );
  });
}

/** `p` with its longest existing prefix replaced by its real path (symlinks such as /tmp resolved). */
async function realPath(p: string): Promise<string> {
  const abs = path.resolve(p);
  let dir = abs;
  for (;;) {
    try {
      return path.join(await fs.realpath(dir), path.relative(dir, abs));
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return abs;
      dir = parent;
    }
  }
}

/** The nearest existing folder at or above `p`, for running git in. */
async function existingDir(p: string): Promise<string> {
  let dir = path.resolve(p);
  for (;;) {
    try {
      if ((await fs.stat(dir)).isDirectory()) return dir;
    } catch {
      // not there: try its parent
    }
    const parent = path.dirname(dir);
    if (parent === dir) return dir;
    dir = parent;
  }
}

/** The top-level folder of the git work tree that holds `dir`. */
export async function gitRoot(dir: string): Promise<string> {
  const cwd = await existingDir(dir);
  const out = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (!out.ok)
    throw new PpcInputError(
      `${dir}: not inside a git repository (${out.stderr.trim().split('\n')[0] || 'git rev-parse failed'})`,
    );
  return out.stdout.toString('utf8').trim();
}

/** Check that a ref names a commit; throws `PpcInputError` otherwise. */
export async function verifyRef(repoDir: string, ref: string): Promise<void> {
  if (ref.startsWith('-')) throw new PpcInputError(`unknown git ref "${ref}"`);
  const out = await git(await existingDir(repoDir), ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!out.ok)
    throw new PpcInputError(
      `unknown git ref "${ref}" in ${repoDir}; fetch it first (e.g. git fetch origin dev) or name an existing branch, tag or commit`,
    );
}

/** A file's path relative to the repository root, with forward slashes. */
export async function repoRelativePath(root: string, filePath: string): Promise<string> {
  const rel = path.relative(await realPath(root), await realPath(filePath));
  if (rel.startsWith('..') || path.isAbsolute(rel))
    throw new PpcInputError(`${filePath}: outside the git repository ${root}`);
  return rel.split(path.sep).join('/');
}

/**
 * The text of `filePath` at `ref` (`git show <ref>:<path>`), or undefined when the file did not exist at that
 * revision. Throws `PpcInputError` when `repoDir` is not in a repository or the ref does not exist.
 */
export async function readAtRef(repoDir: string, ref: string, filePath: string): Promise<string | undefined> {
  const root = await gitRoot(repoDir);
  await verifyRef(root, ref);
  const rel = await repoRelativePath(root, path.isAbsolute(filePath) ? filePath : path.resolve(repoDir, filePath));
  const out = await git(root, ['show', `${ref}:${rel}`]);
  if (!out.ok) {
    if (/does not exist|exists on disk, but not in|not in '/i.test(out.stderr)) return undefined;
    throw new PpcInputError(`git show ${ref}:${rel} failed: ${out.stderr.trim().split('\n')[0] ?? ''}`);
  }
  return decodeText(out.stdout).text;
}
