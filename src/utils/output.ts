/** A writer for standard output or standard error that never throws and remembers why writing stopped. */
export interface GuardedOutput {
  write: (text: string) => void;
  /** Resolves, once what was written has been handed to the system, to the first error code (EPIPE, ENOSPC…). */
  failure: () => Promise<string | undefined>;
}

/**
 * Guard a stream: a failed write (a full disk, a closed pipe, a descriptor not open for writing) is recorded, later
 * writes are dropped, and nothing is thrown or emitted unhandled. Callers decide what the failure means.
 */
export function guardedOutput(stream: NodeJS.WritableStream): GuardedOutput {
  let failed: string | undefined;
  const fail = (error: unknown): void => {
    failed ??= (error as NodeJS.ErrnoException | null)?.code ?? 'error';
  };
  stream.on('error', fail);
  const write = (text: string): void => {
    if (failed !== undefined) return;
    try {
      stream.write(text, (error) => {
        if (error) fail(error);
      });
    } catch (error) {
      fail(error);
    }
  };
  const failure = (): Promise<string | undefined> =>
    new Promise((resolve) => {
      if (failed !== undefined) return resolve(failed);
      // An empty write's callback runs after every earlier write has finished or failed.
      try {
        stream.write('', (error) => {
          if (error) fail(error);
          resolve(failed);
        });
      } catch (error) {
        fail(error);
        resolve(failed);
      }
    });
  return { write, failure };
}
