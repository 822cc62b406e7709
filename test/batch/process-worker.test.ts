import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { lintProcessFlags, ProcessWorker } from '../../src/batch/process-worker';
import { useTempDir } from '../helpers/cli';
import { ROOT } from '../helpers/lint';

const dir = useTempDir('ppc-process-worker-');

async function script(name: string, text: string): Promise<string> {
  const file = path.join(dir(), name);
  await fs.writeFile(file, text);
  return file;
}

/** The events a worker gives until it exits: messages, then the error (if any), then the exit. */
function eventsOf(worker: ProcessWorker): Promise<string[]> {
  const events: string[] = [];
  worker.on('message', (m) => events.push(`message ${JSON.stringify(m)}`));
  worker.on('error', (e: Error & { code?: string }) =>
    events.push(['error', e.code, e.message].filter(Boolean).join(' ')),
  );
  return new Promise((resolve) => worker.on('exit', () => resolve(events)));
}

describe('ProcessWorker', () => {
  it('runs with the lint V8 flags, and keeps the parent’s other node options', async () => {
    const file = await script('flags.js', 'process.send(process.execArgv, () => process.exit(0));\n');
    const events = await eventsOf(new ProcessWorker(file, { heapMb: 300 }));
    expect(events).toHaveLength(1);
    const argv = JSON.parse(events[0].replace(/^message /, '')) as string[];
    expect(argv).toEqual(
      expect.arrayContaining(['--single-threaded-gc', '--interrupt-budget=1000000', '--max-old-space-size=300']),
    );
  });

  it('keeps a budget or a heap the user gave node, and no debugger port', () => {
    expect(lintProcessFlags(['--interrupt-budget=5000', '--inspect=9229', '--max-old-space-size=2048'])).toEqual([
      '--interrupt-budget=5000',
      '--max-old-space-size=2048',
      '--single-threaded-gc',
      '--heap-growing-percent=100',
    ]);
  });

  it('delivers every result sent before the process died, then says why it died', async () => {
    // As the lint worker does (src/batch/worker.ts): the reason goes last on the channel, after every result.
    const file = await script(
      'dies.js',
      [
        'process.on("uncaughtException", (e) => process.send({ crashed: e.message }, () => process.exit(1)));',
        'for (let i = 0; i < 50; i++) process.send({ id: i, result: "x".repeat(10000) });',
        'throw new Error("kaput");',
      ].join('\n'),
    );
    const events = await eventsOf(new ProcessWorker(file));
    expect(events.filter((e) => e.startsWith('message'))).toHaveLength(50);
    expect(events.at(-1)).toBe('error kaput');
  });

  it('reports a process that runs out of heap as out of memory', async () => {
    const file = await script('hog.js', 'for (const hoard = [];;) hoard.push(new Array(1e5).fill(1));\n');
    const events = await eventsOf(new ProcessWorker(file, { heapMb: 32 }));
    expect(events).toEqual(['error ERR_WORKER_OUT_OF_MEMORY out of memory']);
  }, 60_000);

  it('a lint process does not outlive a parent that dies without stopping it', async () => {
    // The real worker, started by a parent process that then exits at once.
    const starter = await script(
      'starter.js',
      [
        `const { fork } = require('node:child_process');`,
        `const child = fork(${JSON.stringify(path.join(ROOT, 'dist/worker.js'))}, [], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });`,
        `child.on('spawn', () => { console.log(child.pid); process.exit(0); });`,
      ].join('\n'),
    );
    const pid = Number(spawnSync(process.execPath, [starter], { encoding: 'utf8' }).stdout.trim());
    expect(pid).toBeGreaterThan(0);
    const alive = (): boolean => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let waited = 0; alive() && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
  }, 30_000);
});
