import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'bench/compare-builds.mjs');
const corpusPresent = existsSync(path.join(ROOT, '../shared/corpus/manifest.tsv'));

function run(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

describe('bench/compare-builds.mjs', () => {
  (corpusPresent ? it : it.skip)('lints the same connectors with both builds and prints the ratio', () => {
    const r = run(ROOT, ROOT, '--every', '100', '--limit', '3', '--passes', '1');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('3 connectors, each linted 1 time by each build');
    const [, a] = /^A .*: (\d+\.\d) s$/m.exec(r.stdout) ?? [];
    const [, ratio] = /^B\/A (\d+\.\d{3})$/m.exec(r.stdout) ?? [];
    expect(Number(a)).toBeGreaterThan(0);
    expect(Number(ratio)).toBeGreaterThan(0);
  });

  it('refuses a wrong call with a usage line and exit 2', () => {
    const missingBuild = run(ROOT, path.join(ROOT, 'no-such-checkout'));
    expect(missingBuild.status).toBe(2);
    expect(missingBuild.stderr).toMatch(/no-such-checkout\/dist\/api\.js is missing; build that checkout first/);
    const oneBuild = run(ROOT);
    expect(oneBuild.status).toBe(2);
    expect(oneBuild.stderr).toMatch(/^usage: node bench\/compare-builds\.mjs <checkout A> <checkout B>/);
    const badOption = run(ROOT, ROOT, '--passes', 'two');
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toMatch(/--passes needs a whole number of at least 1/);
  });
});
