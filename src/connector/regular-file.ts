import { constants, promises as fs, type Stats } from 'node:fs';

/**
 * Every file the linter reads comes through here: only regular files are read. A named pipe would block the read
 * forever (and with it the process), a device never ends, a folder or a socket cannot be read at all.
 */

/** What a file that is not a regular file is, in a few words ("a named pipe"); undefined for a regular file. */
export function nonRegularKind(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'a special file';
}

/** A file that exists (or is a link) but cannot be read as a regular file. `reason` completes "cannot be read: …". */
export class NotRegularFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: cannot be read: ${reason}`);
    this.name = 'NotRegularFileError';
  }
}

/** The reason phrase for a file of this kind. */
export function notRegularReason(kind: string): string {
  return `it is not a regular file (${kind})`;
}

export const BROKEN_LINK = 'it is a broken symbolic link (its target does not exist)';
export const LINK_LOOP = 'it is a symbolic link loop (it points back to itself)';

/**
 * Why `file` cannot be read as a regular file, or undefined when it is one. Errors that are not about the file's
 * type (a missing path, `EACCES`) are thrown as they are.
 */
export async function whyNotRegular(file: string): Promise<string | undefined> {
  try {
    const kind = nonRegularKind(await fs.stat(file));
    return kind === undefined ? undefined : notRegularReason(kind);
  } catch (e) {
    const explained = await explainOpenError(file, e);
    if (explained) return explained.reason;
    throw e;
  }
}

/** A link error as a NotRegularFileError: a loop, or a link whose target is missing. */
async function explainOpenError(file: string, e: unknown): Promise<NotRegularFileError | undefined> {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return new NotRegularFileError(file, LINK_LOOP);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const link = await fs.lstat(file).catch(() => undefined);
    if (link?.isSymbolicLink()) return new NotRegularFileError(file, BROKEN_LINK);
  }
  if (code === 'ENXIO' || code === 'EISDIR') {
    // A socket (ENXIO) or a folder opened for writing: say what it is rather than the error code.
    const stat = await fs.stat(file).catch(() => undefined);
    const kind = stat && nonRegularKind(stat);
    if (kind) return new NotRegularFileError(file, notRegularReason(kind));
  }
  return undefined;
}

// O_NONBLOCK: opening a named pipe that has no writer returns at once instead of waiting, so a pipe swapped in
// after a check can never block. Windows has no such flag (nor named pipes in the file system).
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Open a regular file for reading. Throws NotRegularFileError for anything else (checked on the open file, so the
 * answer cannot change between the check and the read), and the open's own error otherwise (`ENOENT`, `EACCES`).
 */
export async function openRegularFile(file: string): Promise<{ handle: fs.FileHandle; size: number }> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, READ_FLAGS);
  } catch (e) {
    throw (await explainOpenError(file, e)) ?? e;
  }
  try {
    const stat = await handle.stat();
    const kind = nonRegularKind(stat);
    if (kind !== undefined) throw new NotRegularFileError(file, notRegularReason(kind));
    return { handle, size: stat.size };
  } catch (e) {
    await handle.close().catch(() => undefined);
    throw e;
  }
}

/** The bytes of a regular file (see openRegularFile for what is thrown). */
export async function readRegularFile(file: string): Promise<Buffer> {
  const { handle } = await openRegularFile(file);
  try {
    return await handle.readFile();
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The text of a regular file, decoded as UTF-8. */
export async function readRegularText(file: string): Promise<string> {
  return (await readRegularFile(file)).toString('utf8');
}

/**
 * Why a read failed, completing "cannot be read…": the type reason, else the error code in parentheses. With
 * `fix`, a type reason ends with how to fix it (for files named on the command line or found as config).
 */
export function readFailure(e: unknown, fix = false): string {
  if (e instanceof NotRegularFileError) return `: ${e.reason}${fix ? '; make it a regular file' : ''}`;
  return ` (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
}
