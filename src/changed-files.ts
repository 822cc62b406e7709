import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { expandTargets } from './batch/targets';
import { isConnectorFolder } from './batch/walk';
import { present } from './utils/present';

async function isRepoRoot(dir: string): Promise<boolean> {
  try {
    await fs.stat(path.join(dir, '.git'));
    return true;
  } catch {
    return false;
  }
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

const GIT_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A path as `git diff --name-only` (without `-z`) prints a name holding a control character, a quote, a backslash
 * or, by default, any non-ASCII letter: in double quotes, with C escapes and octal UTF-8 bytes
 * (`"Soci\303\251t\303\251/a\nb.json"`). The name it stands for, or undefined when the text is not so quoted.
 */
export function unquoteGitPath(text: string): string | undefined {
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return undefined;
  const body = text.slice(1, -1);
  const token = /\\(?:([abtnvfr"\\])|([0-3][0-7]{2}))|([^\\"]+)/y;
  const bytes: Buffer[] = [];
  while (token.lastIndex < body.length) {
    const m = token.exec(body);
    if (!m) return undefined;
    const [, escape, octal, run] = m;
    if (run !== undefined) bytes.push(Buffer.from(run, 'utf8'));
    else bytes.push(Buffer.from([escape !== undefined ? GIT_ESCAPES[escape] : parseInt(octal, 8)]));
  }
  return Buffer.concat(bytes).toString('utf8');
}

/** The changed path to look up: as given, else the name git's quoting stands for when only that is there. */
async function changedPath(file: string): Promise<string> {
  const abs = path.resolve(file);
  if (await present(abs)) return abs;
  const unquoted = unquoteGitPath(file);
  return unquoted !== undefined && (await present(path.resolve(unquoted))) ? path.resolve(unquoted) : abs;
}

/**
 * The connector folders that changed files belong to, each once, in a stable order: for each file, the nearest
 * folder at or above it that holds a definition or apiProperties.json (not above the git work tree root).
 * Files outside any connector (a root README, CI files) are skipped. A folder given as a changed path stands for
 * everything in it: the connector it is or belongs to, else the connectors under it, as `lint` takes a folder.
 * Names are taken as they are (a list read with `git diff -z`); a name git printed quoted is read back.
 */
export async function connectorFoldersFor(files: readonly string[]): Promise<string[]> {
  const folders = new Set<string>();
  const seen = new Map<string, string | null>();
  for (const file of files) {
    const abs = await changedPath(file);
    const isDir = await isDirectory(abs);
    const start = isDir ? abs : path.dirname(abs);
    const visited: string[] = [];
    let dir = start;
    let found: string | null = null;
    for (;;) {
      const known = seen.get(dir);
      if (known !== undefined) {
        found = known;
        break;
      }
      visited.push(dir);
      if (await isConnectorFolder(dir)) {
        found = dir;
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir || (await isRepoRoot(dir))) break;
      dir = parent;
    }
    for (const v of visited) seen.set(v, found);
    if (found) folders.add(found);
    else if (isDir) for (const target of (await expandTargets([abs])).targets) folders.add(target);
  }
  return [...folders].sort();
}
