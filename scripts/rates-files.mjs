// Fire rates of the apiProperties ruleset and the folder rules over ../shared/corpus, each connector
// linted with its own profile (certified folders: certified; independent-publisher folders: independent-publisher).
// Cheap: the definition ruleset is not run.
//
//   node scripts/rates-files.mjs [--rule ppc-x] [--prefix ppc-] [--limit N] [--examples N]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = createRequire(import.meta.url)(join(process.env.PPC_DIST ?? join(root, 'dist'), 'api.js'));
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
const onlyRule = opt('rule', null);
const examples = Number(opt('examples', onlyRule ? 5 : 0));
const rows = readFileSync(join(corpus, 'manifest.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [kind, dir, original, , , changed] = line.split('\t');
    return {
      kind: kind.startsWith('certified') ? 'certified' : 'independent',
      dir: join(corpus, dir),
      original,
      recent: (changed ?? '') >= '2023',
    };
  })
  .slice(0, Number(opt('limit', Infinity)));

const groups = { 'cert-recent': 0, 'cert-all': 0, 'ip-recent': 0, 'ip-all': 0 };
const rules = {};
let crashes = 0;
for (const row of rows) {
  const profile = row.kind === 'certified' ? 'certified' : 'independent-publisher';
  const names =
    row.kind === 'certified'
      ? ['cert-all', ...(row.recent ? ['cert-recent'] : [])]
      : ['ip-all', ...(row.recent ? ['ip-recent'] : [])];
  for (const g of names) groups[g]++;
  let diagnostics = [];
  try {
    const connector = await api.loadConnector(row.dir);
    if (connector.apiProperties?.document) {
      diagnostics.push(
        ...(await api.spectralFor(profile, api.apiPropertiesRulesetFor(profile)).run(connector.apiProperties.document)),
      );
    }
    diagnostics.push(...api.runFolderRules(connector, profile));
  } catch (e) {
    crashes++;
    console.log(`CRASH ${row.dir}: ${e && e.stack ? e.stack : e}`);
    continue;
  }
  const seen = new Set();
  for (const d of diagnostics) {
    if (onlyRule && d.code !== onlyRule) continue;
    const r = (rules[d.code] ??= { severity: d.severity, groups: {}, findings: 0, examples: [] });
    r.findings++;
    if (r.examples.length < examples) r.examples.push(`${row.kind} ${row.original}: ${d.message}`);
    if (seen.has(d.code)) continue;
    seen.add(d.code);
    for (const g of names) r.groups[g] = (r.groups[g] ?? 0) + 1;
  }
}
const pct = (n, d) => `${((100 * (n ?? 0)) / (d || 1)).toFixed(1)}%`.padStart(6);
const sev = ['error', 'warn', 'info', 'hint'];
console.log(`${rows.length} connectors, ${crashes} crashes; groups ${JSON.stringify(groups)}`);
console.log(`${'rule'.padEnd(40)} sev   cert-recent cert-all ip-recent ip-all findings`);
const prefix = opt('prefix', '');
for (const [code, r] of Object.entries(rules).sort((a, b) => a[0].localeCompare(b[0]))) {
  if (!code.startsWith(prefix)) continue;
  console.log(
    `${code.padEnd(40)} ${sev[r.severity].padEnd(5)} ${pct(r.groups['cert-recent'], groups['cert-recent'])} ${pct(r.groups['cert-all'], groups['cert-all'])} ${pct(r.groups['ip-recent'], groups['ip-recent'])} ${pct(r.groups['ip-all'], groups['ip-all'])} ${String(r.findings).padStart(6)}`,
  );
  for (const e of r.examples) console.log(`    ${e}`);
}
