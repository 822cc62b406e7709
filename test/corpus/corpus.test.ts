import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { expectTextReport, type ReportCheck } from '../helpers/reports';

const ROOT = path.resolve(__dirname, '../..');
/** The built package, as the CLI runs it (faster to load than compiling the sources through ts-jest). */
type Api = typeof import('../../src/api');
const loadApi = (): Api => require(path.join(ROOT, 'dist/api.js')) as Api;

// SLOW (under a minute on two cores): the whole of ../shared/corpus once through the built CLI, as a user runs it
// (all jobs, a terminal, several formats, each written to its own file). The same run feeds three kinds of check: every
// report is valid; nothing crashed and every file that is not strict JSON has a located error; every error-level
// rule stays within its calibration bound on certified connectors changed since 2023.
// Set PPC_SKIP_WHOLE_CORPUS=1 to skip.
const CLI = path.join(ROOT, 'dist/cli.js');
const CORPUS = path.join(ROOT, '../shared/corpus');
const BOUND = 0.02;
// The formats a pull-request check writes for a large run: the default (stylish), JSON (also what the checks below
// read), SARIF for code scanning and GitHub annotations. The other formats are checked on real connectors with about
// 13,000 findings in test/cli/batch.test.ts, in the same way: rendering and validating them over the whole corpus took
// this test about 15 s more CPU (125 s against 110 s) and 10 s more time on two cores.
const FORMATS = ['json', 'sarif', 'github-actions', 'stylish'] as const;
const present = existsSync(path.join(CORPUS, 'manifest.tsv')) && !process.env.PPC_SKIP_WHOLE_CORPUS;
if (!present) console.warn(`whole-corpus tests skipped (${CORPUS} is missing or PPC_SKIP_WHOLE_CORPUS is set)`);
const maybe = present ? describe : describe.skip;

/** The reports whose check takes seconds (a schema over a large parse): each is checked on its own worker thread. */
const CHECKED_IN_WORKERS = ['sarif'] as const;

/** Checks one report on a worker thread (test/helpers/report-checks.js); a failed worker gives an invalid result. */
function checkInWorker(format: string, file: string): Promise<ReportCheck> {
  return new Promise((resolve) => {
    const worker = new Worker(path.join(__dirname, '../helpers/report-checks.js'), {
      workerData: { format, file, root: ROOT },
    });
    const failed = (why: string): void => resolve({ format, valid: false, errors: [why], entries: -1 });
    worker.once('message', (result: ReportCheck) => resolve(result));
    worker.once('error', (e) => failed(String(e)));
    worker.once('exit', (code) => failed(`worker exited with ${code}`));
  });
}

interface Finding {
  code: string;
  source: string;
  pointer: string;
  severity: number;
  message: string;
  range: { start: { line: number } };
}
interface Row {
  dir: string;
  original: string;
  group: 'certified' | 'independent';
  recent: boolean;
}
type Group = 'certified-recent' | 'certified-all' | 'independent-recent' | 'independent-all';

function manifest(): Row[] {
  return readFileSync(path.join(CORPUS, 'manifest.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [kind = '', dir = '', original = '', , , changed = ''] = line.split('\t');
      return {
        dir,
        original,
        group: kind.startsWith('certified') ? 'certified' : 'independent',
        recent: changed >= '2023',
      };
    });
}

/** The corpus folder (`certified-connectors/X`) a finding's file belongs to. */
function connectorOf(source: string): string | undefined {
  return /(?:^|[\\/])((?:certified|independent-publisher)-connectors[\\/][^\\/]+)/
    .exec(source)?.[1]
    ?.replace(/\\/g, '/');
}

/**
 * Where the run's reports go: memory-backed `/dev/shm` when it can be written, else the temporary folder. The ten
 * reports of the corpus are about 1 GB, and writing them to disk costs the run seconds of write-back.
 */
function scratchFolder(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    if (statSync('/dev/shm').isDirectory()) return '/dev/shm';
  } catch {
    // not there, or not writable
  }
  return os.tmpdir();
}

interface TerminalRun {
  status: number | null;
  output: string;
  tty: boolean;
}

/**
 * Starts a command under a pseudo-terminal (util-linux `script`), as a user at a terminal runs it, when available;
 * resolves when it ends. The caller's thread is free meanwhile.
 */
function underTerminal(argv: string[], cwd: string): Promise<TerminalRun> {
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const tty = existsSync('/usr/bin/script');
  const child = tty
    ? spawn('/usr/bin/script', ['-qec', quoted, '/dev/null'], { cwd })
    : spawn(argv[0], argv.slice(1), { cwd });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  // Without a terminal, stderr (the progress and the summary) is part of what a user sees.
  if (!tty) child.stderr.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => {
    child.on('error', (e) => resolve({ status: null, output: String(e), tty }));
    child.on('close', (status) => resolve({ status, output: Buffer.concat(chunks).toString('utf8'), tty }));
  });
}

/** The corpus's JSON files (definitions, apiProperties, settings) that are not strict UTF-8 JSON. */
function notStrictJson(): string[] {
  const failures: string[] = [];
  for (const kind of ['certified-connectors', 'independent-publisher-connectors']) {
    for (const dir of readdirSync(path.join(CORPUS, kind))) {
      for (const name of readdirSync(path.join(CORPUS, kind, dir))) {
        if (!/^(apidefinition\.swagger|apiproperties|settings)\.json$/i.test(name)) continue;
        const full = path.join(CORPUS, kind, dir, name);
        if (!statSync(full).isFile()) continue;
        try {
          JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(full)));
        } catch {
          failures.push(`${kind}/${dir}/${name}`);
        }
      }
    }
  }
  return failures;
}

maybe('SLOW: ppc-lint lint ../shared/corpus, four formats in one run', () => {
  let out: string;
  let run: TerminalRun;
  let findings: Finding[];
  let api: Api;
  let strictFailures: string[];
  let workerChecks: Promise<ReportCheck[]>;
  const rows = present ? manifest() : [];
  const file = (format: string): string => path.join(out, `corpus.${format}`);
  /** For each group, how many of its connectors each rule reports on. */
  const rates = new Map<string, { severity: number; groups: Partial<Record<Group, number>>; example: string }>();
  const sizes: Record<Group, number> = {
    'certified-recent': 0,
    'certified-all': 0,
    'independent-recent': 0,
    'independent-all': 0,
  };

  beforeAll(async () => {
    out = await fs.mkdtemp(path.join(scratchFolder(), 'ppc-corpus-'));
    const argv = [process.execPath, CLI, 'lint', '../shared/corpus'];
    for (const f of FORMATS) argv.push('--format', f, `--output.${f}`, file(f));
    const started = performance.now();
    const running = underTerminal(argv, ROOT);
    // Work that needs no report is done while the CLI runs (its start-up leaves a core free).
    strictFailures = notStrictJson();
    api = loadApi();
    run = await running;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    // Started now, they run while this thread reads the JSON report and checks the others.
    workerChecks = Promise.all(CHECKED_IN_WORKERS.map((f) => checkInWorker(f, file(f))));
    findings = JSON.parse(readFileSync(file('json'), 'utf8')) as Finding[];

    const rowOf = new Map(rows.map((r) => [r.dir, r]));
    const seen = new Set<string>();
    for (const f of findings) {
      const dir = connectorOf(f.source);
      const row = dir === undefined ? undefined : rowOf.get(dir);
      if (!row || seen.has(`${row.dir}\0${f.code}`)) continue;
      seen.add(`${row.dir}\0${f.code}`);
      const rate = rates.get(f.code) ?? { severity: f.severity, groups: {}, example: `${row.original}: ${f.message}` };
      // Calibration is about the certified profile: its severity wins over the independent-publisher one.
      if (row.group === 'certified') rate.severity = Math.min(rate.severity, f.severity);
      rates.set(f.code, rate);
      for (const g of [`${row.group}-all`, ...(row.recent ? [`${row.group}-recent`] : [])] as Group[])
        rate.groups[g] = (rate.groups[g] ?? 0) + 1;
    }
    for (const r of rows)
      for (const g of [`${r.group}-all`, ...(r.recent ? [`${r.group}-recent`] : [])] as Group[]) sizes[g]++;
    const pct = (g: Group, n = 0): string => `${((100 * n) / (sizes[g] || 1)).toFixed(1)}%`.padStart(6);
    const lines = [...rates.entries()]
      .sort((a, b) => a[1].severity - b[1].severity || a[0].localeCompare(b[0]))
      .map(
        ([code, r]) =>
          `${code.padEnd(44)} ${['error', 'warn', 'info', 'hint'][r.severity].padEnd(5)} ${(['certified-recent', 'certified-all', 'independent-recent', 'independent-all'] as Group[]).map((g) => pct(g, r.groups[g])).join(' ')}`,
      );
    console.log(
      `corpus: ${findings.length} findings in ${rows.length} connectors; the CLI run took ${seconds} s\n${'rule'.padEnd(44)} sev   cert-recent cert-all ip-recent ip-all\n${lines.join('\n')}`,
    );
  }, 60 * 60_000);

  afterAll(async () => {
    if (out) await fs.rm(out, { recursive: true, force: true });
  });

  it('lints every connector with a progress bar, without crashing, and exits 1', () => {
    // A folder is a connector when it holds a definition or an apiProperties.json (one corpus folder has only a
    // readme).
    const connectors = rows.filter((r) =>
      readdirSync(path.join(CORPUS, r.dir)).some((n) => /\.swagger\.json$|^apiproperties\.json$/i.test(n)),
    ).length;
    expect(connectors).toBeGreaterThan(900);
    expect(run.output).not.toMatch(/internal error|crashed|ppc-lint-timeout|at .*\.js:\d+/);
    expect(run.status).toBe(1);
    expect(run.output).toContain(`in ${connectors} connectors (auto profile)`);
    if (run.tty) expect(run.output).toContain(`[${'#'.repeat(30)}] ${connectors}/${connectors} connectors`);
    expect(findings.filter((f) => f.code === 'ppc-lint-failed' || f.code === 'ppc-lint-timeout')).toEqual([]);
    // Every finding belongs to a corpus connector.
    expect(findings.filter((f) => connectorOf(f.source) === undefined).map((f) => f.source)).toEqual([]);
  });

  it('writes JSON sorted by file, every finding with a pointer', () => {
    expect(findings.length).toBeGreaterThan(50_000);
    const sources = findings.map((f) => f.source);
    expect(sources.every((s, i) => i === 0 || (sources[i - 1] ?? '') <= s)).toBe(true);
    expect(findings.every((f) => typeof f.pointer === 'string')).toBe(true);
  });

  it('writes SARIF valid with one result per finding, stylish within 100 columns, 50 annotations', async () => {
    const checked = Object.fromEntries((await workerChecks).map((c) => [c.format, c]));
    // SARIF: valid against the 2.1.0 schema, one result per finding.
    expect(checked.sarif).toEqual({ format: 'sarif', valid: true, errors: [], entries: findings.length });
    for (const format of FORMATS.filter((f) => f !== 'json' && f !== 'sarif'))
      expectTextReport(format, file(format), findings.length);
  });

  it('gives every file that is not strict UTF-8 JSON a located error', () => {
    expect(strictFailures.length).toBeGreaterThan(5);
    const located = new Set(
      findings
        .filter((f) => f.code === 'ppc-json-valid' || f.code === 'ppc-json-no-bom')
        .map((f) => `${connectorOf(f.source)}/${path.basename(f.source)}`),
    );
    expect(strictFailures.filter((f) => !located.has(f))).toEqual([]);
  });

  it('keeps every error-level rule within the calibration bound on recent certified connectors', () => {
    const allowed = new Map<string, number>();
    for (const rule of api.allRules) {
      if (api.severityIn(rule, 'certified') !== 'error') continue;
      allowed.set(rule.id, rule.definition['x-ppc'].calibration?.allowedRecentCertifiedRate ?? BOUND);
    }
    for (const [id, c] of Object.entries(api.OAS_CALIBRATION)) allowed.set(id, c.allowedRecentCertifiedRate);
    const over: string[] = [];
    for (const [code, r] of rates) {
      if (r.severity !== 0) continue;
      const rate = (r.groups['certified-recent'] ?? 0) / sizes['certified-recent'];
      const limit = allowed.get(code) ?? BOUND;
      if (rate > limit)
        over.push(`${code}: ${(rate * 100).toFixed(1)}% > ${(limit * 100).toFixed(1)}% (e.g. ${r.example})`);
    }
    expect(over).toEqual([]);
  });

  it('records calibration exceptions that are still needed', () => {
    // An exception above the bound must be backed by a measured rate above the bound.
    for (const rule of api.allRules) {
      const c = rule.definition['x-ppc'].calibration;
      if (!c) continue;
      expect(c.reason.length).toBeGreaterThan(20);
      const measured = (rates.get(rule.id)?.groups['certified-recent'] ?? 0) / sizes['certified-recent'];
      expect({ rule: rule.id, needed: measured > BOUND }).toEqual({ rule: rule.id, needed: true });
    }
  });
});
