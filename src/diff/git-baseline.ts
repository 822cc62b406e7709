import { PpcInputError } from '../connector/errors';
import { MAX_PARSE_BYTES } from '../connector/limits';
import { loadConnector } from '../connector/load';
import { entryAtRef, readAtRef, repoRelativePath, requireGitRoot, resolveRef } from '../git';
import { connectorFromTexts, type TextFile } from './sides';
import { anchorInNewVersion, diffLoaded, type DiffOptions, type DiffResult } from './index';

const BASELINE_KINDS = new Set(['swagger', 'apiProperties', 'script', 'readme']);

/** Each completes "cannot be read", as a loaded file's `unreadable` does. */
const NOT_A_FILE = {
  // git stores a link's target path as its text: parsing it would report the link, not the definition.
  symlink: ': it is a symbolic link in git',
  submodule: ': it is a git submodule, not a file',
  folder: ': it is a folder, not a file',
} as const;

/**
 * Compare a connector folder (or definition file) with its version at a git ref. The connector is new when the
 * ref has neither its definition nor its apiProperties.json. Throws `PpcInputError` outside a repository, for
 * an unknown ref, or for a file at the ref that cannot be compared (a symbolic link, too large, not JSON).
 */
export async function diffAgainstRef(target: string, ref: string, options: DiffOptions = {}): Promise<DiffResult> {
  const newConnector = await loadConnector(target, { singleFileAs: 'swagger' });
  const root = await requireGitRoot(newConnector.dir ?? target);
  await resolveRef(root, ref);
  const files: TextFile[] = [];
  for (const file of newConnector.files) {
    if (!BASELINE_KINDS.has(file.kind)) continue;
    const source = `${ref}:${await repoRelativePath(root, file.path)}`;
    const entry = await entryAtRef(root, ref, file.path);
    if (!entry) continue;
    if (entry.kind !== 'file') {
      files.push({ name: file.name, kind: file.kind, text: '', source, unreadable: NOT_A_FILE[entry.kind] });
      continue;
    }
    // A file too large to parse is not read: its size is enough to report it.
    const text = entry.size > MAX_PARSE_BYTES ? '' : await readAtRef(root, ref, file.path);
    if (text === undefined) throw new PpcInputError(`${source}: git could not read the file`);
    files.push({ name: file.name, kind: file.kind, text, source, size: entry.size });
  }
  const oldConnector = connectorFromTexts(files);
  const present = oldConnector.swagger !== undefined || oldConnector.apiProperties !== undefined;
  if (!present) return diffLoaded(undefined, newConnector, options, newConnector.dir ?? undefined);
  const result = await diffLoaded(oldConnector, newConnector, options, newConnector.dir ?? undefined);
  anchorInNewVersion(result.diagnostics, oldConnector, newConnector);
  return result;
}
