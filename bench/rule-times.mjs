// Where the rule time goes: lints N corpus connectors in this thread and prints the rules that took longest in
// total (Spectral's own oas rules included), summed over the definitions and apiProperties files.
//
//   npm run build && node bench/rule-times.mjs [--limit N] [--top K]
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = createRequire(import.meta.url)(join(root, 'dist/api.js'));
const corpus = join(root, '../shared/corpus');
if (!existsSync(corpus)) {
  console.error('rule-times: ../shared/corpus is missing');
  process.exit(3);
}
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const limit = option('--limit', 150);
const top = option('--top', 30);

const dirs = [];
for (const kind of ['certified-connectors', 'independent-publisher-connectors']) {
  for (const d of readdirSync(join(corpus, kind)).sort()) dirs.push(join(corpus, kind, d));
}
// An even spread over the corpus, not its alphabetical start.
const step = Math.max(1, Math.floor(dirs.length / limit));
const sample = dirs.filter((_, i) => i % step === 0).slice(0, limit);

const totals = new Map();
let wall = 0;
for (const dir of sample) {
  const started = performance.now();
  const { connector } = await api.lintConnector(dir, { profile: 'certified' });
  wall += performance.now() - started;
  for (const file of [connector.swagger, connector.apiProperties]) {
    if (!file?.document) continue;
    for (const [rule, ms] of api.ruleTimes(file.document)) totals.set(rule, (totals.get(rule) ?? 0) + ms);
  }
}
const inRules = [...totals.values()].reduce((a, b) => a + b, 0);
console.log(
  `${sample.length} connectors: ${(wall / 1000).toFixed(1)} s in lintConnector, ${(inRules / 1000).toFixed(1)} s inside rule functions`,
);
for (const [rule, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${(ms / 1000).toFixed(2).padStart(8)} s ${((100 * ms) / inRules).toFixed(1).padStart(5)}%  ${rule}`);
}
