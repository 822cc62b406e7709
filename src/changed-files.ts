import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { expandTargets } from './batch/targets';
import { fileKind } from './connector/files';

/** A folder is a connector folder when it holds a definition or an apiProperties.json. */
async function isConnectorFolder(dir: string): Promise<boolean> {
  try {
    const names = await fs.readdir(dir);
    return names.some((name) => {
      const kind = fileKind(name);
      return kind === 'swagger' || kind === 'apiProperties';
    });
  } catch {
    return false;
  }
}

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

/**
 * The connector folders that changed files belong to, each once, in a stable order: for each file, the nearest
 * folder at or above it that holds a definition or apiProperties.json (not above the git work tree root).
 * Files outside any connector (a root README, CI files) are skipped. A folder given as a changed path stands for
 * everything in it: the connector it is or belongs to, else the connectors under it, as `lint` takes a folder.
 */
export async function connectorFoldersFor(files: readonly string[]): Promise<string[]> {
  const folders = new Set<string>();
  const seen = new Map<string, string | null>();
  for (const file of files) {
    const abs = path.resolve(file);
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
