import { promises as fs } from 'node:fs';

/**
 * Whether anything has this name, itself (not what it links to): a broken or looping link or a named pipe counts,
 * so that reading it says what it is instead of it being taken for missing.
 */
export async function present(p: string): Promise<boolean> {
  return (await fs.lstat(p).catch(() => undefined)) !== undefined;
}
