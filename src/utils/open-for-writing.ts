import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Opens a file for writing, making the missing folders on its path (as ESLint's `-o` does). */
export async function openForWriting(file: string): Promise<fs.FileHandle> {
  try {
    return await fs.open(file, 'w');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    await fs.mkdir(path.dirname(file), { recursive: true });
    return await fs.open(file, 'w');
  }
}
