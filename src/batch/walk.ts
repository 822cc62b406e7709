import { type Dirent, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { GLOBSTAR, Minimatch, type ParseReturnFiltered } from 'minimatch';
import { fileKind } from '../connector/files';
import { present } from '../utils/present';

/*
 * Folder walks done with fs.readdir rather than a glob library: glob matchers build regular expressions over whole
 * paths, where `**` (a `.`) does not match a newline and a name with `[`, `{` or `(` is read as a pattern. A walk
 * that compares names as names finds every folder whatever its name holds, so no connector can hide from a run.
 */

/** Folders a walk never enters: dependencies and git's own store are not connectors. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** True for the names that make a folder a connector: a definition (`*.swagger.json`) or `apiProperties.json`. */
export function isConnectorFileName(name: string): boolean {
  const kind = fileKind(name);
  return kind === 'swagger' || kind === 'apiProperties';
}

async function entriesOf(dir: string): Promise<Dirent[]> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * True when a folder itself holds a connector: an entry named like a definition or an `apiProperties.json`, whatever
 * it is (a link or a folder too, so that loading the folder says what is wrong with it instead of the run skipping it).
 */
export async function isConnectorFolder(dir: string): Promise<boolean> {
  return (await entriesOf(dir)).some((e) => isConnectorFileName(e.name));
}

/**
 * The connector folders under a tree, the root included: every folder holding an entry {@link isConnectorFolder}
 * counts, at any depth, dot folders too. Linked folders are not followed (a link can loop, or lead out of the tree);
 * `node_modules` and `.git` are not entered. Unsorted.
 */
export async function connectorFoldersUnder(root: string): Promise<string[]> {
  const found: string[] = [];
  let level = [root];
  // One level at a time, its folders read together: wide trees (a thousand connectors) are read in parallel.
  while (level.length > 0) {
    const listed = await Promise.all(level.map(async (dir) => ({ dir, entries: await entriesOf(dir) })));
    const next: string[] = [];
    for (const { dir, entries } of listed) {
      if (entries.some((e) => isConnectorFileName(e.name))) found.push(dir);
      for (const e of entries) if (e.isDirectory() && !SKIPPED_FOLDERS.has(e.name)) next.push(path.join(dir, e.name));
    }
    level = next;
  }
  return found;
}

type Part = ParseReturnFiltered;

/** Names a wildcard may match: not dot names (as a shell glob), not the folders a walk skips. */
function wildcardMay(name: string): boolean {
  return !name.startsWith('.') && !SKIPPED_FOLDERS.has(name);
}

/** Adds to `out` the paths under `dir` that `parts[i..]` match. */
async function matchParts(dir: string, parts: readonly Part[], i: number, out: Set<string>): Promise<void> {
  if (i === parts.length) {
    out.add(dir);
    return;
  }
  const part = parts[i];
  if (typeof part === 'string') {
    const next = path.join(dir, part);
    if (await present(next)) await matchParts(next, parts, i + 1, out);
    return;
  }
  const entries = await entriesOf(dir);
  if (part === GLOBSTAR) {
    // `**` is zero or more folders: the rest matched here, then in every folder below (links not followed).
    await matchParts(dir, parts, i + 1, out);
    for (const e of entries)
      if (e.isDirectory() && wildcardMay(e.name)) await matchParts(path.join(dir, e.name), parts, i, out);
    return;
  }
  // A name is matched on its own: with the `s` flag, a newline in it is just another character.
  const re = new RegExp(part.source, part.flags.includes('s') ? part.flags : `${part.flags}s`);
  for (const e of entries)
    if (!SKIPPED_FOLDERS.has(e.name) && re.test(e.name)) await matchParts(path.join(dir, e.name), parts, i + 1, out);
}

/**
 * The paths (files and folders) a glob matches, absolute and unsorted. Braces, `*`, `?`, `[…]`, `**` and extglobs are
 * glob syntax; a leading `!` or `#` is a plain character (not a negation or a comment); `*` and `**` skip dot names,
 * `node_modules` and `.git`; each name is matched whole, newlines and all, by reading the folders.
 */
export async function globPaths(pattern: string, cwd: string): Promise<string[]> {
  const matcher = new Minimatch(pattern.split(path.sep).join('/'), { nocomment: true, nonegate: true, dot: false });
  const out = new Set<string>();
  for (const alternative of matcher.set) {
    // An absolute pattern starts with an empty part (`/x`) or a drive (`C:`): start the walk at that root.
    const [first, ...rest] = alternative;
    if (first === '') await matchParts(path.parse(cwd).root, rest, 0, out);
    else if (typeof first === 'string' && path.isAbsolute(`${first}/`)) await matchParts(`${first}/`, rest, 0, out);
    else await matchParts(cwd, alternative, 0, out);
  }
  return [...out];
}
