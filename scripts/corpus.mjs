// Lints every connector of ../shared/corpus with the built package, in worker threads (one per core),
// and prints per-rule fire rates. Used by `npm run rates`, `npm run bench` and test/corpus.
//
//   node scripts/corpus.mjs [--profile certified|independent-publisher|custom|auto] [--json out.json] [--rule ppc-x] [--workers N] [--limit N]
//
// A rule "fires on a connector" when it reports at least once on that connector's folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

if (!isMainThread) {
  const api = createRequire(import.meta.url)(join(process.env.PPC_DIST ?? join(root, 'dist'), 'api.js'));
  parentPort.on('message', async (msg) => {
    if (msg === null) return process.exit(0);
    const started = performance.now();
    try {
      const { diagnostics } = await api.lintConnector(msg.dir, { profile: msg.profile });
      const byRule = {};
      const parseFindings = [];
      for (const d of diagnostics) {
        if (d.code === 'ppc-json-valid' || d.code === 'ppc-json-no-bom')
          parseFindings.push({ code: d.code, source: d.source, line: d.range.start.line + 1 });
        const entry = (byRule[d.code] ??= { count: 0, severity: d.severity, sample: null });
        entry.count++;
        entry.sample ??= { message: d.message, line: d.range.start.line + 1, source: d.source };
      }
      parentPort.postMessage({ dir: msg.dir, byRule, parseFindings, ms: performance.now() - started });
    } catch (e) {
      parentPort.postMessage({ dir: msg.dir, crash: `${e && e.stack ? e.stack : e}`, ms: performance.now() - started });
    }
  });
} else {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const corpus = resolve(opt('corpus', join(root, '../shared/corpus')));
  if (!existsSync(join(corpus, 'manifest.tsv'))) {
    console.error(`corpus not found at ${corpus}`);
    process.exit(3);
  }
  // `auto` lints each connector with the profile of its corpus kind.
  const profile = opt('profile', 'certified');
  const profileOf = (row) =>
    profile !== 'auto' ? profile : row.kind === 'certified' ? 'certified' : 'independent-publisher';
  const workers = Number(opt('workers', Math.max(1, availableParallelism())));
  const limit = Number(opt('limit', Infinity));
  const onlyRule = opt('rule', null);
  const rows = readFileSync(join(corpus, 'manifest.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [kind, dir, original, nFiles, bytes, changed] = line.split('\t');
      return {
        kind: kind.startsWith('certified') ? 'certified' : 'independent',
        dir: join(corpus, dir),
        original,
        recent: (changed ?? '') >= '2023',
      };
    })
    .slice(0, limit);

  const started = performance.now();
  const results = new Map();
  let next = 0;
  await Promise.all(
    Array.from(
      { length: Math.min(workers, rows.length) },
      () =>
        new Promise((done) => {
          const w = new Worker(fileURLToPath(import.meta.url), { workerData: { profile } });
          const feed = () =>
            next < rows.length
              ? w.postMessage({ dir: rows[next].dir, profile: profileOf(rows[next++]) })
              : (w.postMessage(null), done());
          w.on('message', (r) => {
            results.set(r.dir, r);
            feed();
          });
          w.on('error', (e) => {
            console.error(e);
            done();
          });
          feed();
        }),
    ),
  );
  const wallMs = performance.now() - started;

  const groups = {
    'certified-recent': rows.filter((r) => r.kind === 'certified' && r.recent),
    'certified-all': rows.filter((r) => r.kind === 'certified'),
    'independent-recent': rows.filter((r) => r.kind === 'independent' && r.recent),
    'independent-all': rows.filter((r) => r.kind === 'independent'),
  };
  const rules = {};
  for (const [group, members] of Object.entries(groups)) {
    for (const row of members) {
      const r = results.get(row.dir);
      for (const [code, e] of Object.entries(r?.byRule ?? {})) {
        const rule = (rules[code] ??= { severity: e.severity, groups: {}, findings: 0, examples: [] });
        rule.groups[group] = (rule.groups[group] ?? 0) + 1;
        if (group.endsWith('-all')) {
          rule.findings += e.count;
          if (rule.examples.length < 3) rule.examples.push({ connector: row.original, ...e.sample });
        }
      }
    }
  }
  const crashes = [...results.values()].filter((r) => r.crash).map((r) => ({ dir: r.dir, crash: r.crash }));
  const sizes = Object.fromEntries(Object.entries(groups).map(([g, m]) => [g, m.length]));
  const parseFindings = [...results.values()].flatMap((r) => r.parseFindings ?? []);
  const slowest = [...results.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map((r) => ({ dir: r.dir, ms: Math.round(r.ms) }));
  const report = {
    profile,
    connectors: rows.length,
    linted: results.size,
    wallMs,
    workers,
    sizes,
    crashes,
    rules,
    parseFindings,
    slowest,
  };
  const out = opt('json', null);
  if (out) writeFileSync(out, JSON.stringify(report, null, 2));
  if (!args.includes('--quiet')) {
    const pct = (n, d) => `${((100 * (n ?? 0)) / (d || 1)).toFixed(1)}%`.padStart(6);
    console.log(
      `${rows.length} connectors, ${workers} workers, ${(wallMs / 1000).toFixed(1)} s, ${crashes.length} crashes (${profile} profile)`,
    );
    console.log(`${'rule'.padEnd(44)} sev  cert-recent cert-all  ip-recent ip-all  findings`);
    const sev = ['error', 'warn', 'info', 'hint'];
    for (const [code, r] of Object.entries(rules).sort(
      (a, b) => a[1].severity - b[1].severity || a[0].localeCompare(b[0]),
    )) {
      if (onlyRule && code !== onlyRule) continue;
      console.log(
        `${code.padEnd(44)} ${sev[r.severity].padEnd(5)} ${pct(r.groups['certified-recent'], sizes['certified-recent'])}     ${pct(r.groups['certified-all'], sizes['certified-all'])}    ${pct(r.groups['independent-recent'], sizes['independent-recent'])}   ${pct(r.groups['independent-all'], sizes['independent-all'])}  ${String(r.findings).padStart(7)}`,
      );
      if (onlyRule) for (const e of r.examples) console.log(`    ${e.connector}:${e.line} ${e.message}`);
    }
    for (const c of crashes) console.log(`CRASH ${c.dir}\n${c.crash}`);
  }
}
