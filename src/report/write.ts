import { promises as fs } from 'node:fs';

/** Chunks joined into pieces of about 1 MB, so writes are few and no piece is large. */
export function* batches(chunks: Iterable<string>, size = 1 << 20): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join('');
}

/**
 * Writes a report's chunks to a file in batches, so a report of any size never exists as one string. Resolves to
 * the error code (`EACCES`, `ENOENT`…) when the file could not be written.
 */
export async function writeReportFile(chunks: Iterable<string>, file: string): Promise<string | undefined> {
  try {
    const handle = await fs.open(file, 'w');
    try {
      for (const batch of batches(chunks)) await handle.write(batch);
    } finally {
      await handle.close();
    }
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? 'error';
  }
}
