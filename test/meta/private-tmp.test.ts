import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';

// The jest run's own temporary folder (test/setup/private-tmp.js): tests and the CLIs they start write there, and it
// is removed when the run ends.
const SETUP = path.join(__dirname, '../setup/private-tmp.js');

describe('a private temporary folder per test run', () => {
  it('is what os.tmpdir() gives inside a test, and what a started CLI inherits', () => {
    expect(path.basename(os.tmpdir())).toMatch(/^ppc-jest-/);
    const child = spawnSync(process.execPath, ['-p', 'require("os").tmpdir()'], { encoding: 'utf8' });
    expect(child.stdout.trim()).toBe(os.tmpdir());
  });

  it('is removed with what was left in it, and the outer setting comes back', () => {
    // In a child process: jest's sandbox has its own copy of process.env, which os.tmpdir() does not read.
    const script = `
      const fs = require('fs'), os = require('os'), path = require('path');
      const { setup, teardown } = require(${JSON.stringify(SETUP)});
      const outer = os.tmpdir();
      setup();
      const dir = os.tmpdir();
      const mode = fs.statSync(dir).mode & 0o7777;
      fs.mkdirSync(path.join(dir, 'left-behind', 'deep'), { recursive: true });
      teardown();
      console.log(JSON.stringify({ outer, dir, exists: fs.existsSync(dir), after: os.tmpdir(), mode }));`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    const seen = JSON.parse(child.stdout) as {
      outer: string;
      dir: string;
      exists: boolean;
      after: string;
      mode: number;
    };
    expect(path.dirname(seen.dir)).toBe(seen.outer);
    expect(path.basename(seen.dir)).toMatch(/^ppc-jest-/);
    // Open to every user as /tmp is (tests run the CLI as nobody there), sticky so no one removes another's files.
    expect(seen.mode).toBe(0o1777);
    expect(seen.exists).toBe(false);
    expect(seen.after).toBe(seen.outer);
  });
});
