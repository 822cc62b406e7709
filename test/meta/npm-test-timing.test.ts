import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/lint';

// `npm test` runs its steps through scripts/timed.mjs, which prints each step's time and the total, also when a
// step fails (then it stops there, with that step's exit code).
const TIMED = path.join(ROOT, 'scripts/timed.mjs');

describe('npm test prints its time', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ppc-timed-'));
    const scripts = {
      first: 'node -e "console.log(1)"',
      fails: 'node -e "process.exit(3)"',
      never: "node -e \"require('fs').writeFileSync('ran', '')\"",
    };
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'timed-fixture', private: true, scripts }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...steps: string[]) =>
    spawnSync(process.execPath, [TIMED, ...steps], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

  it('names every step with its time, and the total', () => {
    const r = run('first', 'first');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1');
    expect(r.stderr).toMatch(/^npm test took \d+\.\d s: first \d+\.\d s, first \d+\.\d s$/m);
  });

  it('stops at a failing step, says so, and exits with its code', () => {
    const r = run('first', 'fails', 'never');
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/npm test took \d+\.\d s: first \d+\.\d s, fails \d+\.\d s \(failed, exit 3\)$/m);
    expect(r.stderr).not.toContain('never');
    expect(existsSync(path.join(dir, 'ran'))).toBe(false);
  });
});
