// Autofix over real connectors: copies ../shared/corpus (all of it, or a sample) to a temporary folder, runs the
// safe fixes, and prints findings before and after (total and per fixed rule), files changed, time, and the
// checks: every written file still strict JSON, a second run changes nothing, no finding that was not there before.
// Problems are printed as they are found; a progress line goes to stderr every 25 connectors.
//
//   npm run build && node bench/fix-corpus.mjs [--sample N] [--shard K/N] [--only Name,Name] [--log FILE] [--suggestions]
//
// --shard K/N takes every Nth connector from the Kth (0-based), so N shards can run side by side. --log FILE
// appends one JSON line per connector (a rerun with the same log resumes), and --merge LOG... adds up such logs.
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);

const emptyTotals = () => ({
  connectors: 0,
  ms: 0,
  before: 0,
  after: 0,
  perBefore: {},
  perAfter: {},
  files: 0,
  fixes: 0,
  connectorsChanged: 0,
  withheld: {},
  noFix: 0,
  crashes: [],
  unparsable: [],
  notIdempotent: [],
  newFindings: [],
  unstable: [],
  outside: [],
});
const addCounts = (into, from) => {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
};

function print(totals, mode) {
  console.log(
    `connectors: ${totals.connectors} (${mode}); ${(totals.ms / 1000).toFixed(1)} s summed over connectors (lint before + fix + second fix); ${totals.noFix} had no fix to apply`,
  );
  console.log(
    `findings: ${totals.before} before, ${totals.after} after; ${totals.fixes} fixes in ${totals.files} files of ${totals.connectorsChanged} connectors`,
  );
  console.log('per fixed rule (before → after; fixes withheld because they would add a finding):');
  const rules = new Set([
    ...Object.keys(totals.perBefore),
    ...Object.keys(totals.perAfter),
    ...Object.keys(totals.withheld),
  ]);
  for (const rule of [...rules].sort())
    console.log(
      `  ${rule}: ${totals.perBefore[rule] ?? 0} → ${totals.perAfter[rule] ?? 0}; withheld ${totals.withheld[rule] ?? 0}`,
    );
  console.log(
    `crashes: ${totals.crashes.length}; written files not strict JSON: ${totals.unparsable.length}; second run changed: ${totals.notIdempotent.length}; ` +
      `new findings: ${totals.newFindings.length}; not stable: ${totals.unstable.length}; written outside the copy: ${totals.outside.length}`,
  );
  for (const line of [
    ...totals.crashes,
    ...totals.unparsable,
    ...totals.notIdempotent,
    ...totals.newFindings.slice(0, 50),
    ...totals.unstable,
    ...totals.outside,
  ])
    console.log(`  ${line}`);
}

if (args[0] === '--merge') {
  // Add up the logs of several shards (written with --log).
  const totals = emptyTotals();
  for (const file of args.slice(1))
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) fold(totals, JSON.parse(line));
  print(totals, `merged from ${args.length - 1} logs`);
  process.exit(0);
}

const require = createRequire(import.meta.url);
const api = require(join(root, 'dist/api.js'));
const { parseTree } = require('jsonc-parser');

const corpus = join(root, '../shared/corpus');
if (!existsSync(corpus)) {
  console.error('fix-corpus: ../shared/corpus is missing');
  process.exit(3);
}
const sample = option('--sample') ? Number(option('--sample')) : Infinity;
const [shard, shards] = (option('--shard') ?? '0/1').split('/').map(Number);
const only = option('--only') ? new Set(option('--only').split(',')) : undefined;
const suggestions = args.includes('--suggestions');

const all = ['certified-connectors', 'independent-publisher-connectors']
  .flatMap((kind) =>
    readdirSync(join(corpus, kind), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(kind, e.name)),
  )
  .sort();
// An even spread over the sorted list, the same on every run.
const step = Math.max(1, all.length / Math.min(sample, all.length));
let picked = [];
for (let i = 0; i < all.length && picked.length < sample; i += step) picked.push(all[Math.floor(i)]);
picked = picked.filter((rel, i) => i % shards === shard && (!only || only.has(rel.split('/').pop())));

const work = mkdtempSync(join(tmpdir(), 'ppc-fix-corpus-'));
const cleanUp = () => rmSync(work, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}
const fixedRules = new Set(api.FIX_META.keys());
const key = (d) => `${d.code} ${JSON.stringify(d.path.map(String))}`;
const count = (list) => {
  const per = {};
  for (const d of list) if (fixedRules.has(String(d.code))) per[d.code] = (per[d.code] ?? 0) + 1;
  return per;
};
const totals = emptyTotals();
const inside = (file) => {
  try {
    return realpathSync(file).startsWith(realpathSync(work) + sep);
  } catch {
    return false;
  }
};
/** Adds one connector's record (a line of the log) into the totals. */
function fold(totals, r) {
  totals.connectors++;
  totals.ms += r.ms;
  totals.before += r.before;
  totals.after += r.after;
  addCounts(totals.perBefore, r.perBefore);
  addCounts(totals.perAfter, r.perAfter);
  addCounts(totals.withheld, r.withheld);
  totals.files += r.files;
  totals.fixes += r.fixes;
  if (r.files > 0) totals.connectorsChanged++;
  if (r.skipped) totals.noFix++;
  for (const list of ['crashes', 'unparsable', 'notIdempotent', 'newFindings', 'unstable', 'outside'])
    totals[list].push(...r[list]);
}

/** Lint, fix and fix again one copied connector; its record. */
async function check(rel) {
  const r = {
    rel,
    ms: 0,
    before: 0,
    after: 0,
    perBefore: {},
    perAfter: {},
    withheld: {},
    files: 0,
    fixes: 0,
    skipped: false,
    crashes: [],
    unparsable: [],
    notIdempotent: [],
    newFindings: [],
    unstable: [],
    outside: [],
  };
  const problem = (list, line) => {
    r[list].push(`${rel}: ${line}`);
    console.log(`problem: ${rel}: ${line}`);
  };
  const dir = join(work, rel.replace(/\//g, '__'));
  const t = Date.now();
  // Links are copied as the files they point to, so no fix can write through one into the corpus.
  cpSync(join(corpus, rel), dir, { recursive: true, dereference: true });
  try {
    const before = await api.lintConnector(dir);
    r.before = before.diagnostics.length;
    r.perBefore = count(before.diagnostics);
    // With no fix to apply, `fix` lints once and stops with the same findings: skip its two runs.
    const wanted = api
      .attachFixes([...before.diagnostics], before.connector)
      .some((d) => d.fix?.edits && (d.fix.kind === 'safe' || suggestions));
    if (!wanted) {
      r.skipped = true;
      r.after = r.before;
      r.perAfter = r.perBefore;
      return r;
    }
    const result = await api.fixConnector(dir, { suggestions });
    r.after = result.diagnostics.length;
    r.perAfter = count(result.diagnostics);
    for (const w of result.withheld) r.withheld[w.code] = (r.withheld[w.code] ?? 0) + 1;
    r.files = result.files.length;
    r.fixes = result.files.reduce((n, f) => n + f.applied.length, 0);
    if (!result.stable) problem('unstable', `not stable after ${result.passes} rounds`);
    for (const f of result.files) {
      if (!inside(f.path)) problem('outside', `wrote ${f.path}`);
      const errors = [];
      parseTree(readFileSync(f.path, 'utf8').replace(/^\ufeff/, ''), errors, {
        disallowComments: true,
        allowTrailingComma: false,
      });
      if (errors.length > 0) problem('unparsable', `${f.path} is not strict JSON`);
    }
    const beforeCounts = new Map();
    for (const d of before.diagnostics) beforeCounts.set(key(d), (beforeCounts.get(key(d)) ?? 0) + 1);
    for (const d of result.diagnostics) {
      // A rule over its time budget depends on the machine's load, not on the text.
      if (d.code === 'ppc-rule-timeout') continue;
      const n = beforeCounts.get(key(d)) ?? 0;
      if (n > 0) beforeCounts.set(key(d), n - 1);
      else problem('newFindings', `new ${key(d)}: ${d.message}`);
    }
    const again = await api.fixConnector(dir, { suggestions });
    if (again.files.length > 0)
      problem('notIdempotent', `a second run changed ${again.files.map((f) => f.path.split(sep).pop()).join(', ')}`);
  } catch (error) {
    problem('crashes', String(error?.stack ?? error));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    r.ms = Date.now() - t;
  }
  return r;
}

// --log FILE keeps one JSON line per connector; a run given an existing log skips the connectors it holds.
const log = option('--log');
const logged =
  log && existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
const seen = new Set(logged.map((r) => r.rel));
for (const r of logged) if (picked.includes(r.rel)) fold(totals, r);
const t0 = Date.now();
let done = 0;
try {
  for (const rel of picked.filter((p) => !seen.has(p))) {
    const r = await check(rel);
    fold(totals, r);
    if (log) appendFileSync(log, `${JSON.stringify(r)}\n`);
    if (++done % 25 === 0)
      console.error(`fix-corpus: ${totals.connectors}/${picked.length} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
} finally {
  cleanUp();
}
print(
  totals,
  `${suggestions ? 'safe fixes and suggestions' : 'safe fixes'}${shards > 1 ? `, shard ${shard}/${shards}` : ''}`,
);
