import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PpcInputError } from './errors';

export type ConnectorFileKind = 'swagger' | 'apiProperties' | 'settings' | 'readme' | 'script' | 'icon' | 'other';

export interface ConnectorFile {
  /** File name inside the connector folder (or the file's base name for a single-file target). */
  name: string;
  /** Absolute path. */
  path: string;
  kind: ConnectorFileKind;
  size: number;
  /** A symbolic link whose target is outside the folder (or missing, or not a file): listed by name, never read. */
  outside?: true;
}

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

/** List the files of a connector folder, or describe the single file given. */
export async function listConnectorFiles(target: string): Promise<ConnectorTarget> {
  const abs = path.resolve(target);
  let stat;
  try {
    stat = await fs.stat(abs);
  } catch {
    throw new PpcInputError(`${target}: no such file or folder`);
  }
  if (stat.isFile()) {
    const name = path.basename(abs);
    const kind = fileKind(name);
    // A single JSON file that is not apiProperties/settings is linted as a connector definition.
    const effective: ConnectorFileKind = kind === 'other' && /\.json$/i.test(name) ? 'swagger' : kind;
    return { dir: null, files: [{ name, path: abs, kind: effective, size: stat.size }] };
  }
  if (!stat.isDirectory()) throw new PpcInputError(`${target}: not a file or folder`);
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
 * A symbolic link in the folder: followed only to a regular file inside the folder. Any other target (outside the
 * folder, missing, a folder) is listed under its connector file kind with `outside`, so it is reported, never read.
 */
async function linkedFile(realDir: string, full: string, name: string): Promise<ConnectorFile> {
  try {
    const target = await fs.realpath(full);
    const rel = path.relative(realDir, target);
    const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
    const stat = inside ? await fs.stat(target) : undefined;
    if (stat?.isFile()) return { name, path: full, kind: fileKind(name), size: stat.size };
  } catch {
    // A dangling link: reported like one that leaves the folder.
  }
  return { name, path: full, kind: fileKind(name), size: 0, outside: true };
}
