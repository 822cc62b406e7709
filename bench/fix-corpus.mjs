// Autofix over real connectors: copies a sample of ../shared/corpus to a temporary folder, runs the safe fixes,
// and prints findings before and after (total and per fixed rule), files changed, time, and the checks
// (every written file still strict JSON, a second run changes nothing, no finding that was not there before).
//
//   npm run build && node bench/fix-corpus.mjs [--sample N] [--suggestions]
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const api = require(join(root, 'dist/api.js'));
const { parseTree } = require('jsonc-parser');

const corpus = join(root, '../shared/corpus');
if (!existsSync(corpus)) {
  console.error('fix-corpus: ../shared/corpus is missing');
  process.exit(3);
}
const args = process.argv.slice(2);
const sampleAt = args.indexOf('--sample');
const sample = sampleAt >= 0 ? Number(args[sampleAt + 1]) : Infinity;
const suggestions = args.includes('--suggestions');

const all = ['certified-connectors', 'independent-publisher-connectors'].flatMap((kind) =>
  readdirSync(join(corpus, kind), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(kind, e.name)),
).sort();
// An even spread over the sorted list, the same on every run.
const step = Math.max(1, all.length / Math.min(sample, all.length));
const picked = [];
for (let i = 0; i < all.length && picked.length < sample; i += step) picked.push(all[Math.floor(i)]);

const work = mkdtempSync(join(tmpdir(), 'ppc-fix-corpus-'));
const fixedRules = new Set(api.FIX_META.keys());
const key = (d) => `${d.code} ${JSON.stringify(d.path)}`;
const count = (list) => {
  const per = {};
  for (const d of list) if (fixedRules.has(String(d.code))) per[d.code] = (per[d.code] ?? 0) + 1;
  return per;
};
const totals = { before: 0, after: 0, perBefore: {}, perAfter: {}, files: 0, fixes: 0, connectorsChanged: 0, crashes: [], unparsable: [], notIdempotent: [], newFindings: [], unstable: [] };
const add = (into, from) => {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
};
const t0 = Date.now();
try {
  for (const rel of picked) {
    const dir = join(work, rel.replace(/\//g, '__'));
    cpSync(join(corpus, rel), dir, { recursive: true });
    try {
      const before = await api.lintConnector(dir);
      const result = await api.fixConnector(dir, { suggestions });
      totals.before += before.diagnostics.length;
      totals.after += result.diagnostics.length;
      add(totals.perBefore, count(before.diagnostics));
      add(totals.perAfter, count(result.diagnostics));
      totals.files += result.files.length;
      totals.fixes += result.files.reduce((n, f) => n + f.applied.length, 0);
      if (result.files.length > 0) totals.connectorsChanged++;
      if (!result.stable) totals.unstable.push(rel);
      for (const f of result.files) {
        const errors = [];
        parseTree(readFileSync(f.path, 'utf8').replace(/^\ufeff/, ''), errors, { disallowComments: true, allowTrailingComma: false });
        if (errors.length > 0) totals.unparsable.push(f.path);
      }
      const beforeKeys = new Set(before.diagnostics.map(key));
      for (const d of result.diagnostics) if (!beforeKeys.has(key(d))) totals.newFindings.push(`${rel}: ${key(d)}`);
      const again = await api.fixConnector(dir, { suggestions });
      if (again.files.length > 0) totals.notIdempotent.push(rel);
    } catch (error) {
      totals.crashes.push(`${rel}: ${error?.stack ?? error}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const ms = Date.now() - t0;
console.log(`connectors: ${picked.length} (${suggestions ? 'safe fixes and suggestions' : 'safe fixes'}); ${(ms / 1000).toFixed(1)} s in all (lint before + fix + second fix)`);
console.log(`findings: ${totals.before} before, ${totals.after} after; ${totals.fixes} fixes in ${totals.files} files of ${totals.connectorsChanged} connectors`);
console.log('per fixed rule (before → after):');
for (const rule of [...fixedRules].sort()) console.log(`  ${rule}: ${totals.perBefore[rule] ?? 0} → ${totals.perAfter[rule] ?? 0}`);
console.log(`crashes: ${totals.crashes.length}; written files not strict JSON: ${totals.unparsable.length}; second run changed: ${totals.notIdempotent.length}; new findings: ${totals.newFindings.length}; not stable: ${totals.unstable.length}`);
for (const line of [...totals.crashes, ...totals.unparsable, ...totals.notIdempotent, ...totals.newFindings.slice(0, 30), ...totals.unstable]) console.log(`  ${line}`);
