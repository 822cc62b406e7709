import * as path from 'node:path';
import { ROOT } from '../helpers/lint';
import { collectRegexes, type SourceRegex } from './regex-sources';

jest.setTimeout(900_000);

const { regexes, dynamic } = collectRegexes(path.join(ROOT, 'src'));

/** Runs that make a backtracking pattern rescan: each repeated, then a character that makes the match fail. */
const PUMPS = [' ', '!', ')', '.', 'a', 'A', '1', '*', '-', '/', '_', ',', '\t', '@', ':', '"', 'eyJ-', 'a ', '{x}', 'x{v}', 'ab1', '%2'];
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
      ['functions/visible-pattern.ts', 'functions/visible-pattern.ts', 'rules/operations/operation-id-pascal-case.ts', 'rules/parameters/pattern-regex.ts', 'rules/versioning/revision-suffix.ts', 'utils/extensions-value.ts'].map((f) => f.split('/').join(path.sep)),
    );
  });

  it('each finish adversarial 20,000-character inputs in linear time', () => {
    const slow = regexes
      .map((r) => ({ r, worst: slowest(compile(r)) }))
      .filter(({ worst }) => worst.ms > 500)
      .map(({ r, worst }) => `${r.file}:${r.line} /${r.source}/ took ${Math.round(worst.ms)} ms on ${worst.input}`);
    expect(slow).toEqual([]);
  });

  // recheck's pure-JS analysis takes minutes for the whole source tree: run it with RECHECK=1.
  (process.env.RECHECK ? it : it.skip)('each is judged safe by recheck, or recheck\'s own attack string runs in linear time', async () => {
    process.env.RECHECK_BACKEND = 'pure';
    const { checkSync } = await import('recheck');
    const failures: string[] = [];
    for (const r of regexes) {
      const d = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
      if (d.status !== 'vulnerable') continue;
      // recheck does not model lookbehinds, which is how the scanners stay linear: confirm on V8 with its attack.
      const attack = d.attack.pumps.map((p) => p.prefix + p.pump.repeat(Math.ceil(LENGTH / Math.max(1, p.pump.length)))).join('') + d.attack.suffix;
      const started = performance.now();
      compile(r).test(attack);
      const ms = performance.now() - started;
      if (ms > 150) failures.push(`${r.file}:${r.line} /${r.source}/ ${d.complexity.type}, ${Math.round(ms)} ms on recheck's attack`);
    }
    expect(failures).toEqual([]);
  });
});
