// Speed and memory targets, measured side by side in one run on the same files (machines here are noisy, so
// this prints times and ratios; nothing is asserted). Each measurement is a separate process, timed wall-clock,
// with the peak resident memory of its whole process tree (sampled from /proc on Linux).
//
//   npm run bench -- [--limit N] [--cold-runs K]   (N connector folders of ../shared/corpus, default all; K cold
//                                                  starts of each command, default 7)
//
// Targets: ppc-lint over the corpus ≤ 0.5× spectral:oas; spectral-cli extending this package ≤ 1.15× spectral:oas;
// one folder cold start ≤ 1.0×; diff median per pair < 200 ms; ppc-lint peak memory < 1 GB.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '../shared/corpus');
const pairsDir = join(root, '../shared/diff-pairs');
if (!existsSync(corpus)) {
  console.error('bench: ../shared/corpus is missing');
  process.exit(3);
}
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const coldAt = args.indexOf('--cold-runs');
const cli = join(root, 'dist/cli.js');
const spectralBin = join(root, 'node_modules/.bin/spectral');

const folders = [];
for (const kind of ['certified-connectors', 'independent-publisher-connectors']) {
  for (const dir of readdirSync(join(corpus, kind)).sort()) {
    if (existsSync(join(corpus, kind, dir, 'apiDefinition.swagger.json'))) folders.push(join(corpus, kind, dir));
  }
}
const sample = folders.slice(0, limit);
const scratch = mkdtempSync(join(tmpdir(), 'ppc-bench-'));
const env = { ...process.env, SCARF_ANALYTICS: 'false', NO_COLOR: '1' };

/** Resident memory (MB) of a process and all its descendants (lint processes, threads included), from /proc. */
function treeRssMb(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  let kb = 0;
  for (const pending = [root]; pending.length > 0;) {
    const pid = pending.pop();
    pending.push(...(children.get(pid) ?? []));
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return kb / 1024;
}

/**
 * Runs a command, returns wall seconds and the peak resident memory (MB) of its whole process tree, sampled every
 * 50 ms (Linux; NaN elsewhere): the sum over every process it started, not the largest one.
 */
async function measure(label, command, commandArgs, cwd = root) {
  const started = performance.now();
  const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  const err = [];
  child.stdout.on('data', (c) => out.push(c));
  child.stderr.on('data', (c) => err.push(c));
  let rssMb = existsSync('/proc/self/status') ? 0 : NaN;
  const sampler = setInterval(() => {
    if (!Number.isNaN(rssMb)) rssMb = Math.max(rssMb, treeRssMb(child.pid));
  }, 50);
  const status = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const stdout = Buffer.concat(out).toString('utf8');
  if (status !== 0 && status !== 1)
    console.log(`  ${label}: exit ${status}: ${Buffer.concat(err).toString().slice(0, 400)}`);
  return { label, seconds, rssMb, stdout };
}

// Spectral rulesets for spectral-cli: spectral:oas alone, and this package (by file path; the package is built).
const oasRuleset = join(scratch, 'oas.spectral.yaml');
writeFileSync(oasRuleset, 'extends: [["spectral:oas", "recommended"]]\n');
const ppcRuleset = join(scratch, 'ppc.spectral.yaml');
writeFileSync(ppcRuleset, `extends: [${JSON.stringify(join(root, 'dist/index.js'))}]\n`);
const swaggers = sample.map((f) => join(f, 'apiDefinition.swagger.json'));
const listFile = join(scratch, 'targets.txt');
writeFileSync(listFile, sample.join('\n'));

const rows = [];
const row = (what, ours, theirs, target) => {
  const ratio = ours.seconds / theirs.seconds;
  rows.push({ what, ours, theirs, ratio, target });
  console.log(
    `${what.padEnd(58)} ${ours.seconds.toFixed(1).padStart(7)} s vs ${theirs.seconds.toFixed(1).padStart(7)} s  ` +
      `ratio ${ratio.toFixed(2)} (target ≤ ${target})  rss ${ours.rssMb.toFixed(0)} MB vs ${theirs.rssMb.toFixed(0)} MB`,
  );
};

console.log(
  `${sample.length} connector folders; ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'})`,
);
const spectralOas = await measure('spectral:oas', spectralBin, [
  'lint',
  ...swaggers,
  '-r',
  oasRuleset,
  '-f',
  'json',
  '-q',
]);
const ppcAll = await measure('ppc-lint', process.execPath, [cli, 'lint', ...sample, '--format', 'json', '--quiet']);
row('whole corpus: ppc-lint lint (all jobs) vs spectral lint spectral:oas', ppcAll, spectralOas, 0.5);
const spectralPpc = await measure('spectral-cli + package', spectralBin, [
  'lint',
  ...swaggers,
  '-r',
  ppcRuleset,
  '-f',
  'json',
  '-q',
]);
row('spectral-cli extending this package vs spectral:oas alone', spectralPpc, spectralOas, 1.15);

const typical = sample[Math.floor(sample.length / 2)];
// A cold start lasts about a second, as long as this machine's noise: each command runs COLD_RUNS times, in turn
// with the other, and the medians are compared.
const COLD_RUNS = coldAt >= 0 ? Number(args[coldAt + 1]) : 7;
const median = (runs) => {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)];
};
const coldRuns = { ours: [], theirs: [] };
for (let i = 0; i < COLD_RUNS; i++) {
  coldRuns.ours.push(
    await measure('cold ppc-lint', process.execPath, [cli, 'lint', typical, '--format', 'json', '--quiet']),
  );
  coldRuns.theirs.push(
    await measure('cold spectral', spectralBin, [
      'lint',
      join(typical, 'apiDefinition.swagger.json'),
      '-r',
      oasRuleset,
      '-f',
      'json',
      '-q',
    ]),
  );
}
row(
  `one folder cold start (${typical.split('/').pop()}, median of ${COLD_RUNS})`,
  median(coldRuns.ours),
  median(coldRuns.theirs),
  1.0,
);
console.log(`peak memory, whole-corpus ppc-lint run: ${ppcAll.rssMb.toFixed(0)} MB (target < 1024 MB)`);

// The diff, in process through the library (what a pull-request check pays per connector once loaded).
const api = createRequire(import.meta.url)(join(root, 'dist/api.js'));
if (existsSync(pairsDir) && typeof api.diffConnectors === 'function') {
  const pairs = readdirSync(pairsDir)
    .filter((d) => existsSync(join(pairsDir, d, 'new')))
    .sort();
  const times = [];
  const started = performance.now();
  for (const pair of pairs.slice(0, Math.min(pairs.length, limit))) {
    const t0 = performance.now();
    await api.diffConnectors(join(pairsDir, pair, 'old'), join(pairsDir, pair, 'new'));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  console.log(
    `ppc-lint diff over ${times.length} pairs (in process): ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
      `median ${median.toFixed(0)} ms per pair, slowest ${(times.at(-1) ?? NaN).toFixed(0)} ms (target: median < 200 ms)`,
  );
}
rmSync(scratch, { recursive: true, force: true });
