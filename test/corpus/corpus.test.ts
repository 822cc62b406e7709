import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { severityIn } from '../../src/profiles';
import { allRules } from '../../src/rules';
import { OAS_CALIBRATION } from '../../rulesets/build';
import { ROOT } from '../helpers/lint';

// Lints every connector of ../shared/corpus with the built package (scripts/corpus.mjs, worker threads) and
// checks: no crash, every file that is not strict JSON gets a located error, and every error-level rule stays
// within the calibration bound on certified connectors changed since 2023.
const CORPUS = path.join(ROOT, '../shared/corpus');
const BOUND = 0.02;
const present = existsSync(path.join(CORPUS, 'manifest.tsv'));
if (!present) console.warn(`corpus tests skipped: ${CORPUS} is missing`);
const maybe = present ? describe : describe.skip;

interface RuleRates { severity: number; groups: Record<string, number>; findings: number; examples: Array<{ connector: string; message: string; line: number }> }
interface Report {
  connectors: number;
  linted: number;
  wallMs: number;
  sizes: Record<string, number>;
  crashes: Array<{ dir: string; crash: string }>;
  rules: Record<string, RuleRates>;
  parseFindings: Array<{ code: string; source: string; line: number }>;
}

maybe('corpus sweep', () => {
  let report: Report;

  beforeAll(() => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'ppc-corpus-')), 'report.json');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/corpus.mjs'), '--json', out, '--quiet'], { encoding: 'utf8', timeout: 900_000 });
    if (r.status !== 0) throw new Error(`corpus sweep failed (${r.status}): ${r.stderr}`);
    report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const pct = (n: number | undefined, group: string): string => `${((100 * (n ?? 0)) / (report.sizes[group] || 1)).toFixed(1)}%`.padStart(6);
    const lines = Object.entries(report.rules)
      .sort((a, b) => a[1].severity - b[1].severity || a[0].localeCompare(b[0]))
      .map(([code, r]) => `${code.padEnd(44)} ${['error', 'warn', 'info', 'hint'][r.severity]!.padEnd(5)} ${pct(r.groups['certified-recent'], 'certified-recent')} ${pct(r.groups['certified-all'], 'certified-all')} ${pct(r.groups['independent-recent'], 'independent-recent')} ${pct(r.groups['independent-all'], 'independent-all')}`);
    console.log(`corpus: ${report.linted} connectors in ${(report.wallMs / 1000).toFixed(1)} s\n${'rule'.padEnd(44)} sev   cert-recent cert-all ip-recent ip-all\n${lines.join('\n')}`);
  }, 900_000);

  it('lints every connector without a crash', () => {
    expect(report.linted).toBe(report.connectors);
    expect(report.crashes).toEqual([]);
  });

  it('gives every file that is not strict UTF-8 JSON a located error', () => {
    const strictFailures: string[] = [];
    for (const kind of ['certified-connectors', 'independent-publisher-connectors']) {
      for (const dir of readdirSync(path.join(CORPUS, kind))) {
        for (const name of readdirSync(path.join(CORPUS, kind, dir))) {
          if (!/^(apidefinition\.swagger|apiproperties|settings)\.json$/i.test(name)) continue;
          const file = path.join(CORPUS, kind, dir, name);
          if (!statSync(file).isFile()) continue;
          try {
            JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(file)));
          } catch {
            strictFailures.push(file);
          }
        }
      }
    }
    expect(strictFailures.length).toBeGreaterThan(5);
    const located = new Set(report.parseFindings.filter((f) => f.line >= 1).map((f) => f.source));
    expect(strictFailures.filter((f) => !located.has(f))).toEqual([]);
  });

  it('keeps every error-level rule within the calibration bound on recent certified connectors', () => {
    const allowed = new Map<string, number>();
    for (const rule of allRules) {
      if (severityIn(rule, 'certified') !== 'error') continue;
      allowed.set(rule.id, rule.definition['x-ppc'].calibration?.allowedRecentCertifiedRate ?? BOUND);
    }
    for (const [id, c] of Object.entries(OAS_CALIBRATION)) allowed.set(id, c.allowedRecentCertifiedRate);
    const over: string[] = [];
    for (const [code, r] of Object.entries(report.rules)) {
      if (r.severity !== 0) continue;
      const rate = (r.groups['certified-recent'] ?? 0) / report.sizes['certified-recent']!;
      const limit = allowed.get(code) ?? BOUND;
      if (rate > limit) over.push(`${code}: ${(rate * 100).toFixed(1)}% > ${(limit * 100).toFixed(1)}% (e.g. ${r.examples[0]?.connector}: ${r.examples[0]?.message})`);
    }
    expect(over).toEqual([]);
  });

  it('records calibration exceptions that are still needed', () => {
    // An exception above the bound must be backed by a measured rate above the bound.
    for (const rule of allRules) {
      const c = rule.definition['x-ppc'].calibration;
      if (!c) continue;
      expect(c.reason.length).toBeGreaterThan(20);
      const measured = (report.rules[rule.id]?.groups['certified-recent'] ?? 0) / report.sizes['certified-recent']!;
      expect({ rule: rule.id, needed: measured > BOUND }).toEqual({ rule: rule.id, needed: true });
    }
  });
});
