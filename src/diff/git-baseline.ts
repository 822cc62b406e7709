import { loadConnector } from '../connector/load';
import { readAtRef, repoRelativePath, requireGitRoot, resolveRef } from '../git';
import { connectorFromTexts, type TextFile } from './sides';
import { diffLoaded, type DiffOptions, type DiffResult } from './index';

const BASELINE_KINDS = new Set(['swagger', 'apiProperties', 'script', 'readme']);

/**
 * Compare a connector folder (or definition file) with its version at a git ref. A connector whose definition
 * did not exist at the ref is new. Throws `PpcInputError` outside a repository or for an unknown ref.
 */
export async function diffAgainstRef(target: string, ref: string, options: DiffOptions = {}): Promise<DiffResult> {
  const newConnector = await loadConnector(target);
  const root = await requireGitRoot(newConnector.dir ?? target);
  await resolveRef(root, ref);
  const files: TextFile[] = [];
  for (const file of newConnector.files) {
    if (!BASELINE_KINDS.has(file.kind)) continue;
    const text = await readAtRef(root, ref, file.path);
    if (text !== undefined)
      files.push({ name: file.name, text, source: `${ref}:${await repoRelativePath(root, file.path)}` });
  }
  const oldConnector = connectorFromTexts(files);
  return diffLoaded(
    oldConnector.swagger ? oldConnector : undefined,
    newConnector,
    options,
    newConnector.dir ?? undefined,
  );
}
