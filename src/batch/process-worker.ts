import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { jitFlagFor } from '../utils/jit';

/**
 * V8 flags of a lint process. Parallel and concurrent garbage collection put four helper threads in each process on
 * two cores already busy linting; one process per core does its collection in its own thread instead. With V8's own
 * heap growth a lint process grew to 1 GB on the corpus: a fixed growth factor of 2 keeps the whole run under 1 GB
 * for about 3% of its time (docs/performance.md). The interrupt budget is the CLI's (see `utils/jit.ts`).
 */
const LINT_PROCESS_GC_FLAGS = ['--single-threaded-gc', '--heap-growing-percent=100'];

/** The node options of a lint process: the parent's but a debugger port (it would clash), then the lint flags. */
export function lintProcessFlags(execArgv: readonly string[], heapMb?: number): string[] {
  const jit = jitFlagFor(execArgv);
  return [
    ...execArgv.filter((arg) => !/^--(inspect|debug)/.test(arg)),
    ...LINT_PROCESS_GC_FLAGS,
    ...(jit ? [jit] : []),
    ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []),
  ];
}

/** What a child sends when an exception escaped it, before it exits (a worker thread's `error` event). */
interface CrashMessage {
  crashed: string;
}

function isCrashMessage(message: unknown): message is CrashMessage {
  return typeof message === 'object' && message !== null && typeof (message as CrashMessage).crashed === 'string';
}

/** The last bytes of a child's stderr kept to tell an out-of-memory death from another one. */
const STDERR_TAIL = 4096;

/**
 * A lint worker in its own process, with the surface the pool uses of a worker thread: `postMessage`,
 * `terminate`, and `message`, `error` and `exit` events. Separate processes run a whole-corpus lint about 9%
 * faster than threads of one process on two cores (docs/performance.md), and take V8 flags of their own.
 * `exit` comes once every message the child sent has been read (the pool relies on that to know which target a
 * dead worker was linting).
 */
export class ProcessWorker extends EventEmitter {
  private readonly child: ChildProcess;
  private stderrTail = '';
  private crashed: string | undefined;

  constructor(file: string, options: { heapMb?: number } = {}) {
    super();
    this.child = fork(file, [], {
      execArgv: lintProcessFlags(process.execArgv, options.heapMb),
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child.stderr?.setEncoding('utf8');
    this.child.stderr?.on('data', (text: string) => {
      this.stderrTail = (this.stderrTail + text).slice(-STDERR_TAIL);
    });
    this.child.on('message', (message: unknown) => {
      if (isCrashMessage(message)) this.crashed = message.crashed;
      else this.emit('message', message);
    });
    this.child.on('error', (error) => this.emit('error', error));
    // `close` rather than `exit`: it waits for the IPC channel, so no result is still in flight.
    this.child.on('close', (code, signal) => {
      const error = this.failure(code, signal);
      if (error) this.emit('error', error);
      this.emit('exit', code ?? 1);
    });
  }

  private failure(code: number | null, signal: NodeJS.Signals | null): (Error & { code?: string }) | undefined {
    if (/heap out of memory|Allocation failed/.test(this.stderrTail))
      return Object.assign(new Error('out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    if (this.crashed !== undefined) return new Error(this.crashed);
    if (code === 0 && !signal) return undefined;
    const line = this.stderrTail.trim().split('\n').pop();
    return new Error(line || (signal ? `killed by ${signal}` : `exited with ${code}`));
  }

  postMessage(message: unknown): void {
    if (this.child.connected) this.child.send(message as object);
  }

  terminate(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
    return Promise.resolve();
  }
}
