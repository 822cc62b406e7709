import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PpcInputError } from './errors';
import { BROKEN_LINK, LINK_LOOP, nonRegularKind, notRegularReason, whyNotRegular } from './regular-file';

export type ConnectorFileKind = 'swagger' | 'apiProperties' | 'settings' | 'readme' | 'script' | 'icon' | 'other';

export interface ConnectorFile {
  /** File name inside the connector folder (or the file's base name for a single-file target). */
  name: string;
  /** Absolute path. */
  path: string;
  kind: ConnectorFileKind;
  size: number;
  /** A symbolic link whose target is outside the folder: listed by name, never read. */
  outside?: true;
  /**
   * Why the file is never read, completing "cannot be read: …" (a link out of the folder, a named pipe, a
   * folder, a broken link). Set for files with a connector file name only; other names stay `other`.
   */
  unreadable?: string;
}

/** Why a linked file was not read. */
export const OUTSIDE_LINK = 'it is a symbolic link to a path outside the connector folder, which is never read';

/** The kind of a connector file, from its name (case-insensitive, as Microsoft's pipeline matches). */
export function fileKind(name: string): ConnectorFileKind {
  const lower = name.toLowerCase();
  if (lower === 'apidefinition.swagger.json' || lower.endsWith('.swagger.json')) return 'swagger';
  if (lower === 'apiproperties.json') return 'apiProperties';
  if (lower === 'settings.json') return 'settings';
  if (lower === 'readme.md') return 'readme';
  if (lower.endsWith('.csx') || lower === 'script.cs') return 'script';
  if (lower === 'icon.png') return 'icon';
  return 'other';
}

export interface ConnectorTarget {
  /** The folder, or null when a single file was given. */
  dir: string | null;
  files: ConnectorFile[];
}

/**
 * List the files of a connector folder, or describe the single file given (read as `singleFileAs` when set: the diff
 * reads any file it is given as a definition).
 */
export async function listConnectorFiles(target: string, singleFileAs?: ConnectorFileKind): Promise<ConnectorTarget> {
  const abs = path.resolve(target);
  let stat;
  try {
    stat = await fs.stat(abs);
  } catch {
    // A dangling or looping link is there, but cannot be read: say so rather than "no such file".
    const reason = await whyNotRegular(abs).catch(() => undefined);
    throw new PpcInputError(reason ? `${target}: cannot be read: ${reason}` : `${target}: no such file or folder`);
  }
  if (stat.isFile()) return { dir: null, files: [await singleFile(target, abs, stat.size, singleFileAs)] };
  if (!stat.isDirectory())
    throw new PpcInputError(
      `${target}: cannot be read: ${notRegularReason(nonRegularKind(stat) ?? 'a special file')}; give a connector folder or a definition file`,
    );
  let entries;
  try {
    entries = await fs.readdir(abs, { withFileTypes: true });
  } catch (e) {
    throw new PpcInputError(`${target}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const files: ConnectorFile[] = [];
  const realDir = await fs.realpath(abs).catch(() => abs);
  for (const entry of entries) {
    const full = path.join(abs, entry.name);
    if (entry.isSymbolicLink()) {
      files.push(await linkedFile(realDir, full, entry.name));
      continue;
    }
    if (!entry.isFile() && fileKind(entry.name) !== 'other') {
      // A pipe, socket, device or folder with a connector file's name: reported as unreadable, never opened.
      const stat = await fs.lstat(full).catch(() => undefined);
      const reason = notRegularReason((stat && nonRegularKind(stat)) ?? 'a special file');
      files.push({ name: entry.name, path: full, kind: fileKind(entry.name), size: 0, unreadable: reason });
      continue;
    }
    const size = entry.isFile() ? (await fs.stat(full)).size : 0;
    files.push({
      name: entry.isDirectory() ? `${entry.name}/` : entry.name,
      path: full,
      kind: entry.isFile() ? fileKind(entry.name) : 'other',
      size,
    });
  }
  files.sort((a, b) => a.name.localeCompare(b.name));
  return { dir: abs, files };
}

/**
 * The one file of a file target. Its kind comes from its name; a JSON file that is not apiProperties or settings is
 * read as a definition, and a file no rule reads is refused rather than passed with no finding. A link is followed
 * only inside its own folder, as in a folder target: a glob over a pull request's files reads nothing elsewhere.
 */
async function singleFile(
  target: string,
  abs: string,
  size: number,
  as: ConnectorFileKind | undefined,
): Promise<ConnectorFile> {
  const name = path.basename(abs);
  const named = fileKind(name);
  const kind: ConnectorFileKind = as ?? (named === 'other' && /\.json$/i.test(name) ? 'swagger' : named);
  if (kind === 'other')
    throw new PpcInputError(
      `${target}: not a connector file; give a connector folder or one of its files (a definition or another .json file, apiProperties.json, settings.json, readme.md, a .csx script, icon.png)`,
    );
  const link = await fs.lstat(abs).then(
    (s) => s.isSymbolicLink(),
    () => false,
  );
  if (!link) return { name, path: abs, kind, size };
  const realDir = await fs.realpath(path.dirname(abs)).catch(() => path.dirname(abs));
  return { ...(await linkedFile(realDir, abs, name)), kind };
}

/**
 * A symbolic link in the folder: followed only to a regular file inside the folder. Any other target (outside the
 * folder, missing, a loop, a pipe) is listed under its connector file kind with the reason, so it is reported,
 * never read.
 */
async function linkedFile(realDir: string, full: string, name: string): Promise<ConnectorFile> {
  const kind = fileKind(name);
  let target: string;
  try {
    target = await fs.realpath(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const unreadable = code === 'ELOOP' ? LINK_LOOP : code === 'ENOENT' ? BROKEN_LINK : `reading it failed (${code})`;
    return { name, path: full, kind, size: 0, unreadable };
  }
  const rel = path.relative(realDir, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel))
    return { name, path: full, kind, size: 0, outside: true, unreadable: OUTSIDE_LINK };
  const stat = await fs.stat(target).catch(() => undefined);
  const what = stat && nonRegularKind(stat);
  if (stat && what === undefined) return { name, path: full, kind, size: stat.size };
  return { name, path: full, kind, size: 0, unreadable: notRegularReason(what ?? 'a special file') };
}
