// For the certified updates of ../shared/diff-pairs made since 2023: lint the old and the new version and count
// the updates that would fail `ppc-lint lint --new-only` (an error-level finding the update introduced), next to
// how many fail a plain lint. Matching is the one --new-only and baselines use (rule, file, pointer, fingerprint).
//
//   npm run build && node scripts/new-only-pairs.mjs
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = createRequire(import.meta.url)(join(root, 'dist/api.js'));
const pairsDir = join(root, '../shared/diff-pairs');
if (!existsSync(join(pairsDir, 'manifest.tsv'))) {
  console.error('new-only-pairs: ../shared/diff-pairs is missing');
  process.exit(3);
}
const rows = readFileSync(join(pairsDir, 'manifest.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'));
const recent = rows.filter(([, upstream, , , date]) => upstream.startsWith('certified-connectors/') && date >= '2023');
let failPlain = 0;
let failNew = 0;
const started = performance.now();
for (const [pair] of recent) {
  const oldDir = join(pairsDir, pair, 'old');
  const newDir = join(pairsDir, pair, 'new');
  const before = await api.lintConnector(oldDir, { profile: 'certified' });
  const after = await api.lintConnector(newDir, { profile: 'certified' });
  const introduced = api.newFindings(after, newDir, before, oldDir);
  if (after.diagnostics.some((d) => d.severity === 0)) failPlain++;
  if (introduced.some((d) => d.severity === 0)) failNew++;
}
const pct = (n) => `${((100 * n) / recent.length).toFixed(1)}%`;
console.log(
  `${recent.length} certified updates since 2023: ${failPlain} (${pct(failPlain)}) fail a plain lint, ${failNew} (${pct(failNew)}) fail --new-only; ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
