import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lint';

/** `../shared/corpus`, beside the repository. */
export const CORPUS_DIR = path.join(ROOT, '../shared/corpus');

/** Every connector folder of the corpus (absolute paths, sorted per kind); none when the corpus is absent. */
export function corpusFolders(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return ['certified-connectors', 'independent-publisher-connectors'].flatMap((kind) =>
    readdirSync(path.join(CORPUS_DIR, kind))
      .sort()
      .map((d) => path.join(CORPUS_DIR, kind, d)),
  );
}
