/** Reading files of a git revision, for baselines (`diff --base`, `lint --new-only`). No shell is involved. */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PpcInputError } from './connector/errors';
import { decodeText } from './connector/text';

/** Largest file read from git (git show output); connector files are far smaller. */
const MAX_GIT_OUTPUT = 64 * 1024 * 1024;

interface GitOutput {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Said when git cannot be started, so that a missing binary is not mistaken for a folder outside a repository. */
export const GIT_NOT_FOUND =
  'git is not installed or not on PATH (it is needed to read files at a git ref); install git or add it to PATH';

/**
 * Run git without a shell. A failed run resolves with its exit code; git that cannot be started at all (ENOENT
 * for an existing folder) rejects with a `PpcInputError` saying so.
 */
function git(cwd: string, args: string[]): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', maxBuffer: MAX_GIT_OUTPUT, windowsHide: true },
      (error, stdout, stderr) => {
        if (error?.code === 'ENOENT') {
          // A missing working folder fails to spawn with the same code.
          fs.stat(cwd).then(
            (stat) => (stat.isDirectory() ? reject(new PpcInputError(GIT_NOT_FOUND)) : resolve(failed(error))),
            () => resolve(failed(error)),
          );
          return;
        }
        const code = error ? (typeof error.code === 'number' ? error.code : 128) : 0;
        resolve({
          code,
          stdout: stdout ?? Buffer.alloc(0),
          stderr: (stderr ?? Buffer.alloc(0)).toString('utf8').trim() || (error?.message ?? ''),
        });
      },
    );
  });
}

function failed(error: Error): GitOutput {
  return { code: 128, stdout: Buffer.alloc(0), stderr: error.message };
}

/**
 * The work tree root of the git repository holding `dir` (a folder or a file), or undefined outside one. Throws a
 * `PpcInputError` when git is not installed.
 */
export async function gitRoot(dir: string): Promise<string | undefined> {
  // git runs in a folder: a file as working directory fails to spawn (ENOTDIR).
  const stat = await fs.stat(dir).catch(() => undefined);
  const cwd = stat?.isDirectory() ? dir : path.dirname(path.resolve(dir));
  const r = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (r.code !== 0) return undefined;
  const root = r.stdout.toString('utf8').trim();
  return root ? fs.realpath(root).catch(() => root) : undefined;
}

/** Path of `file` relative to the repository root, with forward slashes, as git names it. */
export async function repoRelativePath(root: string, file: string): Promise<string> {
  const abs = path.resolve(file);
  // Resolve symlinks of the existing part so the path compares with git's real root.
  let real = abs;
  let rest = '';
  for (;;) {
    try {
      real = path.join(await fs.realpath(real), rest);
      break;
    } catch {
      const parent = path.dirname(real);
      if (parent === real) break;
      rest = path.join(path.basename(real), rest);
      real = parent;
    }
  }
  const rel = path.relative(root, real);
  if (rel.startsWith('..') || path.isAbsolute(rel))
    throw new PpcInputError(`${file}: not inside the git repository at ${root}`);
  return rel.split(path.sep).join('/');
}

/** The repository root holding `repoDir`; outside a repository a `PpcInputError`. */
export async function requireGitRoot(repoDir: string): Promise<string> {
  const root = await gitRoot(repoDir);
  if (!root) throw new PpcInputError(`${repoDir}: not inside a git repository (needed to read files at a git ref)`);
  return root;
}

/** The commit a ref names; a ref git does not know is a `PpcInputError`. */
export async function resolveRef(repoDir: string, ref: string): Promise<string> {
  if (!ref || ref.startsWith('-')) throw new PpcInputError(`"${ref}" is not a git ref`);
  const root = await requireGitRoot(repoDir);
  const r = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const sha = r.stdout.toString('utf8').trim();
  if (r.code !== 0 || !sha) throw new PpcInputError(await notACommit(root, ref));
  return sha;
}

/** Why a ref names no commit: it names another object, the repository has no commit yet, or git does not know it. */
async function notACommit(root: string, ref: string): Promise<string> {
  const type = await git(root, ['cat-file', '-t', '--end-of-options', ref]);
  const kind = type.code === 0 ? type.stdout.toString('utf8').trim() : '';
  if (kind === 'tree' || kind === 'blob') {
    return `git ref "${ref}" names a ${kind}, not a commit; give a commit, branch or tag as --base`;
  }
  const head = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (head.code !== 0) {
    return `the git repository at ${root} has no commits yet, so "${ref}" names nothing; commit first or give another --base`;
  }
  return `unknown git ref "${ref}" in ${root}; fetch it first (in CI, check out with fetch-depth: 0)`;
}

/** The bytes of a file at a ref, or undefined when the file does not exist there. */
export async function readBytesAtRef(repoDir: string, ref: string, filePath: string): Promise<Buffer | undefined> {
  const root = await requireGitRoot(repoDir);
  const sha = await resolveRef(root, ref);
  return blobAt(root, sha, await repoRelativePath(root, path.resolve(repoDir, filePath)));
}

/** What a path is at a ref: a regular file (with its size), another kind of entry, or absent (undefined). */
export type EntryAtRef =
  { kind: 'file'; size: number } | { kind: 'symlink' | 'submodule' | 'folder'; size?: undefined };

/**
 * The entry a path names at a ref, from `git ls-tree`, without reading it. Throws `PpcInputError` when git
 * fails for another reason than the path being absent.
 */
export async function entryAtRef(repoDir: string, ref: string, filePath: string): Promise<EntryAtRef | undefined> {
  const root = await requireGitRoot(repoDir);
  const sha = await resolveRef(root, ref);
  const rel = await repoRelativePath(root, path.resolve(repoDir, filePath));
  const r = await git(root, ['ls-tree', '-l', '-z', '--full-tree', sha, '--', rel]);
  if (r.code !== 0) throw new PpcInputError(`git ls-tree ${ref} -- ${rel} failed: ${r.stderr}`);
  const line = r.stdout.toString('utf8').split('\0')[0] ?? '';
  // "<mode> <type> <object> <size>\t<path>"
  const match = /^(\d+) (\w+) \S+ +(\S+)\t/.exec(line);
  if (!match) return undefined;
  const [, mode, type, size] = match;
  if (mode === '120000') return { kind: 'symlink' };
  if (type === 'commit') return { kind: 'submodule' };
  if (type === 'tree') return { kind: 'folder' };
  return { kind: 'file', size: Number(size) };
}

async function blobAt(root: string, sha: string, rel: string): Promise<Buffer | undefined> {
  const r = await git(root, ['cat-file', 'blob', `${sha}:${rel}`]);
  return r.code === 0 ? r.stdout : undefined;
}

/**
 * The text of a file at a git ref (`git show <ref>:<path>`), or undefined when the file does not exist at the ref.
 * `filePath` is relative to `repoDir` (or absolute). A ref git does not know is a `PpcInputError`.
 */
export async function readAtRef(repoDir: string, ref: string, filePath: string): Promise<string | undefined> {
  const bytes = await readBytesAtRef(repoDir, ref, filePath);
  return bytes === undefined ? undefined : decodeText(bytes).text;
}

/**
 * Files under `dirPath` (relative to the repository root, forward slashes) at a ref; empty when the folder did not
 * exist.
 */
export async function listAtRef(repoDir: string, ref: string, dirPath: string): Promise<string[]> {
  const root = await requireGitRoot(repoDir);
  const sha = await resolveRef(root, ref);
  const rel = await repoRelativePath(root, path.resolve(repoDir, dirPath));
  const r = await git(root, ['ls-tree', '-r', '--name-only', '-z', '--full-tree', sha, '--', rel === '' ? '.' : rel]);
  if (r.code !== 0) return [];
  return r.stdout
    .toString('utf8')
    .split('\0')
    .filter((name) => name.length > 0);
}

/**
 * Write the files of a folder (or one file) as they were at a ref into `destination`, keeping their names
 * relative to the folder. Returns false when the folder or file did not exist at the ref.
 */
export async function exportAtRef(repoDir: string, ref: string, target: string, destination: string): Promise<boolean> {
  const root = await requireGitRoot(repoDir);
  const sha = await resolveRef(root, ref);
  const rel = await repoRelativePath(root, path.resolve(repoDir, target));
  const names = await listAtRef(root, sha, rel);
  // ls-tree of a file path lists the file itself; of a folder, everything under it.
  const prefix = rel === '' ? '' : `${rel}/`;
  let written = 0;
  for (const name of names) {
    const inside =
      name === rel ? path.posix.basename(name) : name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
    if (!inside) continue;
    const bytes = await blobAt(root, sha, name);
    if (!bytes) continue;
    const out = path.join(destination, ...inside.split('/'));
    await fs.mkdir(path.dirname(out), { recursive: true });
    await fs.writeFile(out, bytes);
    written++;
  }
  return written > 0;
}
