import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { connectorFoldersUnder, globPaths, isConnectorFolder } from './walk';

export interface ExpandedTargets {
  /** Connector folders and definition files to lint: absolute, unique, sorted by path. */
  targets: string[];
  /** Targets as given that matched nothing (missing paths, empty globs). */
  missing: string[];
}

/**
 * A folder, or anything else that is there: a named pipe, a broken link or a loop is a target too, so that
 * loading it says what it is instead of the run calling it missing.
 */
async function statOf(p: string): Promise<'file' | 'dir' | undefined> {
  try {
    return (await fs.stat(p)).isDirectory() ? 'dir' : 'file';
  } catch {
    return (await fs.lstat(p).catch(() => undefined)) ? 'file' : undefined;
  }
}

async function expandPath(abs: string, kind: 'file' | 'dir'): Promise<string[]> {
  if (kind === 'file') return [abs];
  if (await isConnectorFolder(abs)) return [abs];
  const under = await connectorFoldersUnder(abs);
  // A folder with no connector inside is linted as one, so the user hears what is missing.
  return under.length > 0 ? under : [abs];
}

/**
 * Expand what the user typed into connector targets: a connector folder, a definition file, a tree of
 * connector folders (e.g. `certified-connectors/`), or a glob (quoted or not). Never throws.
 */
export async function expandTargets(inputs: readonly string[], cwd: string = process.cwd()): Promise<ExpandedTargets> {
  const found = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    const kind = await statOf(abs);
    let matched: string[] = [];
    if (kind) {
      matched = await expandPath(abs, kind);
    } else {
      // Only a path that is not there is read as a glob: a real folder named `[x]` or `a{b}` is always that folder.
      for (const hit of (await globPaths(input, cwd)).sort()) {
        const hitKind = await statOf(hit);
        if (hitKind) matched.push(...(await expandPath(hit, hitKind)));
      }
    }
    if (matched.length === 0) missing.push(input);
    for (const m of matched) found.add(m);
  }
  const targets = [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { targets, missing };
}
