import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/lint';
import { collectRegexes, type SourceRegex } from './regex-sources';

jest.setTimeout(900_000);

const { regexes, dynamic } = collectRegexes(path.join(ROOT, 'src'));

/** Runs that make a backtracking pattern rescan: each repeated, then a character that makes the match fail. */
const PUMPS = [
  ' ',
  '!',
  ')',
  '.',
  'a',
  'A',
  '1',
  '*',
  '-',
  '/',
  '_',
  ',',
  '\t',
  '@',
  ':',
  '"',
  'eyJ-',
  'a ',
  '{x}',
  'x{v}',
  'ab1',
  '%2',
];
const SUFFIXES = ['', '\u0000', 'a', '!', ' 1', '\n', '}', '@'];
const LENGTH = 20_000;

function compile(r: SourceRegex): RegExp {
  return new RegExp(r.source, r.flags.replace(/[gy]/g, ''));
}

function slowest(re: RegExp): { ms: number; input: string } {
  let worst = { ms: 0, input: '' };
  for (const pump of PUMPS) {
    for (const suffix of SUFFIXES) {
      const input = pump.repeat(Math.ceil(LENGTH / pump.length)) + suffix;
      const started = performance.now();
      re.test(input);
      input.replace(new RegExp(re.source, `${re.flags}g`), '');
      const ms = performance.now() - started;
      if (ms > worst.ms) worst = { ms, input: `${JSON.stringify(pump)} x ${LENGTH} + ${JSON.stringify(suffix)}` };
    }
  }
  return worst;
}

describe('regular expressions in src/', () => {
  it('are found in the source (static text for all but the few built from options)', () => {
    expect(regexes.length).toBeGreaterThan(100);
    // Built at run time from rule options or document values; each is bounded where it is built.
    expect(dynamic.map((d) => d.file).sort()).toEqual(
      [
        'batch/walk.ts', // one part of a glob given on the command line (minimatch), run on one name (≤ 255 bytes)
        'functions/markdown-text.ts', // the rule's options: spectral:oas's fixed `eval\\(` and `<script`
        'functions/markdown-text.ts',
        'functions/surely-valid.ts', // a schema's pattern, without nested quantifiers, at most 1,000 characters
        'functions/visible-pattern.ts',
        'functions/visible-pattern.ts',
        'rules/operations/operation-id-pascal-case.ts',
        'rules/parameters/pattern-regex.ts',
        'rules/versioning/revision-suffix.ts',
        'utils/extensions-value.ts',
      ].map((f) => f.split('/').join(path.sep)),
    );
  });

  it('each finish adversarial 20,000-character inputs in linear time', () => {
    const slow = regexes
      .map((r) => ({ r, worst: slowest(compile(r)) }))
      .filter(({ worst }) => worst.ms > 500)
      .map(({ r, worst }) => `${r.file}:${r.line} /${r.source}/ took ${Math.round(worst.ms)} ms on ${worst.input}`);
    expect(slow).toEqual([]);
  });

  it('each has a recheck verdict in the committed cache; one not in it is analysed now and must be safe', async () => {
    const cache = readVerdicts();
    const missing = unique(regexes).filter((r) => !Object.hasOwn(cache, keyOf(r)));
    const unsafe: string[] = [];
    for (const r of missing) {
      const verdict = await analyse(r);
      if (verdict.status !== 'safe')
        unsafe.push(
          `${r.file}:${r.line} ${keyOf(r)} ${JSON.stringify(verdict)}: rewrite it linearly (RECHECK=1 RECHECK_WRITE=1 refreshes the cache)`,
        );
    }
    expect(unsafe).toEqual([]);
  });

  it('the cache check fails on a new catastrophic regex', async () => {
    const added: SourceRegex = { file: 'new.ts', line: 1, source: '^(a+)+$', flags: '' };
    expect(Object.hasOwn(readVerdicts(), keyOf(added))).toBe(false);
    expect(await analyse(added)).toMatchObject({ status: 'vulnerable', complexity: 'exponential' });
    expect(await analyse({ file: 'new.ts', line: 1, source: '^[a-z]+$', flags: 'i' })).toEqual({ status: 'safe' });
  });

  // Every regex again, with recheck's attack string run on V8 for each it flags: minutes (RECHECK=1).
  (process.env.RECHECK ? it : it.skip)(
    "each is judged safe by recheck, or recheck's own attack string runs in linear time",
    async () => {
      const verdicts: Record<string, Verdict> = {};
      const failures: string[] = [];
      for (const r of unique(regexes)) {
        const { verdict, attack } = await analyseWithAttack(r);
        verdicts[keyOf(r)] = verdict;
        if (attack === undefined) continue;
        // recheck does not model lookbehinds, which is how the scanners stay linear: confirm on V8 with its attack.
        const started = performance.now();
        compile(r).test(attack);
        const ms = performance.now() - started;
        if (ms > 150)
          failures.push(
            `${r.file}:${r.line} /${r.source}/ ${JSON.stringify(verdict)}, ${Math.round(ms)} ms on recheck's attack`,
          );
      }
      if (process.env.RECHECK_WRITE) writeFileSync(VERDICTS_FILE, `${JSON.stringify(sortKeys(verdicts), null, 2)}\n`);
      expect(failures).toEqual([]);
    },
  );
});

/**
 * recheck verdicts by `/source/flags`: `safe`, `vulnerable` (with its complexity) or `unknown` (recheck gave up).
 * Regexes recheck cannot prove safe stay only when the 20,000-character battery above runs them in linear time.
 */
const VERDICTS_FILE = path.join(__dirname, 'recheck-verdicts.json');
type Verdict = { status: 'safe' } | { status: 'vulnerable'; complexity: string } | { status: 'unknown'; error: string };

function readVerdicts(): Record<string, Verdict> {
  return JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as Record<string, Verdict>;
}

function keyOf(r: SourceRegex): string {
  return `/${r.source}/${r.flags.replace(/[gy]/g, '')}`;
}

function unique(list: SourceRegex[]): SourceRegex[] {
  const byKey = new Map<string, SourceRegex>();
  for (const r of list) if (!byKey.has(keyOf(r))) byKey.set(keyOf(r), r);
  return [...byKey.values()];
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function analyseWithAttack(r: SourceRegex): Promise<{ verdict: Verdict; attack?: string }> {
  // The native binary (recheck-linux-x64 and friends) when installed: seconds instead of minutes.
  process.env.RECHECK_BACKEND ??= 'auto';
  const { check } = await import('recheck');
  const d = await check(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
  if (d.status === 'safe') return { verdict: { status: 'safe' } };
  if (d.status === 'unknown') return { verdict: { status: 'unknown', error: d.error.kind } };
  const attack =
    d.attack.pumps.map((p) => p.prefix + p.pump.repeat(Math.ceil(LENGTH / Math.max(1, p.pump.length)))).join('') +
    d.attack.suffix;
  return { verdict: { status: 'vulnerable', complexity: d.complexity.type }, attack };
}

async function analyse(r: SourceRegex): Promise<Verdict> {
  return (await analyseWithAttack(r)).verdict;
}
