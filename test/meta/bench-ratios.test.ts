import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'bench/ratios.mjs');
const corpusPresent = existsSync(path.join(ROOT, '../shared/corpus/manifest.tsv'));

describe('bench/ratios.mjs (npm run bench)', () => {
  (corpusPresent ? it : it.skip)(
    'prints every target with both times, the ratio and the peak memory of the whole process tree',
    () => {
      const r = spawnSync(process.execPath, [SCRIPT, '--limit', '2', '--cold-runs', '1'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 180_000,
      });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^2 connector folders; \d+ cores/m);
      const rows = [
        ...r.stdout.matchAll(/ ([\d.]+) s vs +([\d.]+) s {2}ratio ([\d.]+) \(target ≤ [\d.]+\) {2}rss (\d+) MB/g),
      ];
      expect(rows).toHaveLength(3);
      for (const [, ours, theirs, ratio, rss] of rows) {
        expect(Number(ours)).toBeGreaterThan(0);
        expect(Number(theirs)).toBeGreaterThan(0);
        // The times are printed rounded to a tenth of a second; the ratio is of the exact ones.
        expect(Math.abs(Number(ratio) - Number(ours) / Number(theirs))).toBeLessThan(0.15 * Number(ratio) + 0.05);
        // A node process alone is over 30 MB: a tree that was not sampled would show 0 or NaN.
        expect(Number(rss)).toBeGreaterThan(30);
      }
      const [, peak] = /^peak memory, whole-corpus ppc-lint run: (\d+) MB/m.exec(r.stdout) ?? [];
      expect(Number(peak)).toBeGreaterThan(30);
      expect(r.stdout).toMatch(/median \d+ ms per pair/);
    },
    200_000,
  );
});
