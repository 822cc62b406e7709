// Benchmark: how much our rules cost over Spectral's own floor, and how fast the whole corpus lints.
// Prints ratios (machines here are noisy; nothing is asserted).
//
//   npm run bench            (builds first)
//   node bench/lint-corpus.mjs [--limit N]
import { readdirSync, readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const api = require(join(root, 'dist/api.js'));
const { Spectral, Ruleset, Document } = require('@stoplight/spectral-core');
const { Json } = require('@stoplight/spectral-parsers');
const { oas } = require('@stoplight/spectral-rulesets');
const { oas2 } = require('@stoplight/spectral-formats');
const { truthy } = require('@stoplight/spectral-functions');
const { Resolver } = require('@stoplight/spectral-ref-resolver');

const corpus = join(root, '../shared/corpus');
if (!existsSync(corpus)) {
  console.error('bench: ../shared/corpus is missing');
  process.exit(3);
}
const args = process.argv.slice(2);
const limit = Number(args[args.indexOf('--limit') + 1] || Infinity);
const files = [];
for (const kind of ['certified-connectors', 'independent-publisher-connectors']) {
  for (const dir of readdirSync(join(corpus, kind))) {
    const f = join(corpus, kind, dir, 'apiDefinition.swagger.json');
    if (existsSync(f)) files.push(f);
  }
}
const sample = files.slice(0, limit);
const texts = sample.map((f) => [f, readFileSync(f, 'utf8').replace(/^\uFEFF/, '')]);

async function time(label, makeSpectral) {
  const started = performance.now();
  let findings = 0;
  for (const [f, text] of texts) findings += (await makeSpectral().run(new Document(text, Json, f))).length;
  const ms = performance.now() - started;
  console.log(
    `${label.padEnd(46)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${(ms / texts.length).toFixed(1).padStart(6)} ms/doc  ${findings} findings`,
  );
  return ms;
}

// Each run gets its own Spectral (and resolver), as lintConnector does: a long-lived instance keeps every
// document it has seen.
const spectralWith = (ruleset) => () => {
  const s = new Spectral({ resolver: new Resolver({ resolvers: {} }) });
  s.setRuleset(ruleset);
  return s;
};
const floor = spectralWith(
  new Ruleset({ formats: [oas2], rules: { noop: { given: '$.info', then: { function: truthy } } } }),
);
const oasOnly = spectralWith(new Ruleset({ extends: [[oas, 'recommended']] }, { severity: 'recommended' }));

console.log(`${texts.length} definitions, single thread, in process`);
const tFloor = await time('Spectral floor (parse + resolve, one rule)', floor);
const tOas = await time('spectral:oas as shipped', oasOnly);
const tOurs = await time('spectral-power-platform (certified)', () => api.spectralFor('certified'));
global.gc?.();
console.log(`ratio ours / floor: ${(tOurs / tFloor).toFixed(2)}   ours / spectral:oas: ${(tOurs / tOas).toFixed(2)}`);
console.log(
  `rules: ${api.spectralRules.length} Spectral + ${api.folderRules.length} folder; peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; heap used after the runs ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
);

// Whole folders, all cores, as ppc-lint users and the corpus test run it.
const out = join(mkdtempSync(join(tmpdir(), 'ppc-bench-')), 'sweep.json');
const sweep = spawnSync(process.execPath, [join(root, 'scripts/corpus.mjs'), '--quiet', '--json', out], {
  encoding: 'utf8',
});
if (sweep.status !== 0) console.log(`whole-corpus sweep failed: ${sweep.stderr}`);
else {
  const report = JSON.parse(readFileSync(out, 'utf8'));
  console.log(
    `whole corpus (${report.linted} folders, ${report.workers} workers): ${(report.wallMs / 1000).toFixed(1)} s wall; slowest: ${report.slowest.map((s) => `${s.dir.split('/').pop()} ${s.ms} ms`).join(', ')}`,
  );
}
