import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PpcInputError } from '../connector/errors';
import { displayPath } from '../lint';

/** What a file-system error code means for a file being written, and how to fix it. */
function writeReason(code: string | undefined, message: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (the folder is read-only; make it writable)';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space left on the device (free some space and run again)';
    case 'EISDIR':
      return 'it is a folder now, not a file';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'it no longer exists (was it moved or deleted while fixing?)';
    default:
      return code ? `${code} (${message})` : message;
  }
}

/** A file-system error met while writing `file`, as a one-line input error naming the file. */
export function writeError(file: string, error: unknown): PpcInputError {
  if (error instanceof PpcInputError) return error;
  const e = error as NodeJS.ErrnoException;
  return new PpcInputError(`cannot write ${displayPath(file)}: ${writeReason(e?.code, String(e?.message ?? error))}`);
}

/** A file-system error met while reading `file`, as a one-line input error naming the file. */
export function readError(file: string, error: unknown): PpcInputError {
  if (error instanceof PpcInputError) return error;
  const e = error as NodeJS.ErrnoException;
  const reason =
    e?.code === 'EACCES' || e?.code === 'EPERM'
      ? 'permission denied (make it readable)'
      : e?.code === 'ENOENT'
        ? 'it no longer exists (was it moved or deleted while fixing?)'
        : writeReason(e?.code, String(e?.message ?? error));
  return new PpcInputError(`cannot read ${displayPath(file)}: ${reason}`);
}

/**
 * Replace a file's content atomically: write a temporary file beside it with the same mode (and owner, when this
 * process may set it), then rename it over the file. An interruption leaves the old or the new file; the temporary
 * file never outlives an error. A file this process may not write is left alone, although the rename would
 * replace it: the read-only bit is the owner's choice. Every failure is a `PpcInputError` naming the file.
 */
export async function writeFileAtomic(target: string, text: string): Promise<void> {
  let file = target;
  let tmp: string | undefined;
  try {
    // Through a symbolic link, replace the file it points to, not the link.
    file = await fs.realpath(target);
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    try {
      await fs.access(file, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') {
        throw new PpcInputError(`cannot write ${displayPath(file)}: read-only (fix it by making it writable)`);
      }
      throw error;
    }
    tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    await fs.writeFile(tmp, text, { mode: stat.mode & 0o7777, flag: 'wx' });
    // A new file belongs to whoever wrote it: give it back to the original's owner (only root, or the owner itself,
    // may; otherwise the fixed file belongs to the user who ran the fix, who could write it anyway).
    const created = await fs.stat(tmp);
    if (created.uid !== stat.uid || created.gid !== stat.gid) await fs.chown(tmp, stat.uid, stat.gid).catch(() => {});
    // After chown, which clears set-id bits, and past the umask.
    await fs.chmod(tmp, stat.mode & 0o7777);
    await fs.rename(tmp, file);
    tmp = undefined;
  } catch (error) {
    if (tmp) await fs.rm(tmp, { force: true }).catch(() => {});
    throw writeError(file, error);
  }
}
