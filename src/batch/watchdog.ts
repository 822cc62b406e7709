import { Worker } from 'node:worker_threads';

/**
 * A target linted in this thread that blocks it (a rule stuck in a loop or a backtracking regular expression)
 * cannot be stopped by a timer: timers need the event loop the rule is holding. A watchdog thread watches the
 * target's clock and this thread's heartbeat. Once the target is over its budget *and* this thread has stopped
 * beating, it terminates the JavaScript running here through the inspector (`Runtime.terminateExecution`).
 * The stuck call unwinds, the event loop runs again, and the target's overdue budget timer reports it as timed
 * out; the run goes on with the next target.
 */
export interface Watchdog {
  /** A target starts: its clock starts. */
  begin(): void;
  /** The target is done (or reported as timed out): nothing to watch. */
  end(): void;
  /** Stops the watchdog thread and the heartbeat. */
  stop(): void;
}

/** How often this thread beats and the watchdog looks. */
const BEAT_MS = 100;
/** How long without a beat counts as blocked: a rule that yields now and then is never terminated. */
const BLOCKED_MS = 1000;

// Slots of the shared state: the target's number, whether one runs, and the heartbeat.
const TARGET = 0;
const RUNNING = 1;
const BEAT = 2;

const WATCHDOG_SOURCE = `
const { workerData } = require('node:worker_threads');
const inspector = require('node:inspector');
const state = new Int32Array(workerData.state);
const session = new inspector.Session();
session.connectToMainThread();
let target = -1, since = 0, beat = -1, beatSince = 0, fired = -1;
setInterval(() => {
  const now = Date.now();
  const current = Atomics.load(state, ${TARGET});
  if (current !== target) { target = current; since = now; }
  const b = Atomics.load(state, ${BEAT});
  if (b !== beat) { beat = b; beatSince = now; }
  if (Atomics.load(state, ${RUNNING}) !== 1 || fired === target) return;
  if (now - since >= workerData.budgetMs && now - beatSince >= ${BLOCKED_MS}) {
    fired = target;
    session.post('Runtime.terminateExecution');
  }
}, ${BEAT_MS});
`;

/**
 * Starts a watchdog for targets linted in this thread with a budget of `budgetMs` each. Where the watchdog
 * cannot run (no worker threads, a Node.js built without the inspector), only the budget timer applies.
 */
export function startWatchdog(budgetMs: number): Watchdog | undefined {
  if (!(budgetMs > 0)) return undefined;
  const state = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  let worker: Worker;
  try {
    worker = new Worker(WATCHDOG_SOURCE, { eval: true, workerData: { state: state.buffer, budgetMs } });
  } catch {
    return undefined;
  }
  worker.unref();
  // The watchdog is a safety net: if it cannot run, the run goes on without it.
  worker.on('error', () => undefined);
  const heartbeat = setInterval(() => Atomics.add(state, BEAT, 1), BEAT_MS);
  heartbeat.unref();
  return {
    begin() {
      Atomics.add(state, TARGET, 1);
      Atomics.store(state, RUNNING, 1);
    },
    end() {
      Atomics.store(state, RUNNING, 0);
    },
    stop() {
      clearInterval(heartbeat);
      void worker.terminate();
    },
  };
}
