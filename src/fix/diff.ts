import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';

/** A unified diff of one file's change, with paths relative to `base` (as `git diff` shows them). */
export function unifiedDiff(file: string, before: string, after: string, base = process.cwd()): string {
  const rel = path.relative(base, file);
  const name = (rel.startsWith('..') ? file : rel).split(path.sep).join('/').replace(/^\/+/, '');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
}
