import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixConnector } from '../../src/fix';
import { parsesAsJson } from '../../src/fix/text';
import { lintConnector } from '../../src/lint';
import { ROOT } from '../helpers/lint';

const CORPUS = path.join(ROOT, '../shared/corpus');
// Small enough to stay under a minute; bench/fix-corpus.mjs runs the same checks over the whole corpus.
const SAMPLE = Number(process.env.PPC_FIX_CORPUS_SAMPLE ?? 10);
/** Connectors where a fix once added findings (a misspelled summary key with an extra word), always checked. */
const REGRESSIONS = ['certified-connectors/Dokobit_Portal'];

/** An even spread of connector folders over the sorted corpus, the same on every run. */
function sample(): string[] {
  const all = ['certified-connectors', 'independent-publisher-connectors']
    .flatMap((kind) =>
      readdirSync(path.join(CORPUS, kind), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => path.join(kind, e.name)),
    )
    .sort();
  const step = Math.max(1, all.length / Math.min(SAMPLE, all.length));
  const picked: string[] = [];
  for (let i = 0; i < all.length && picked.length < SAMPLE; i += step) picked.push(all[Math.floor(i)]);
  return picked;
}

const key = (d: { code: string | number; path: (string | number)[] }): string =>
  `${String(d.code)} ${JSON.stringify(d.path.map(String))}`;

const run = existsSync(CORPUS) ? describe : describe.skip;
if (!existsSync(CORPUS)) console.warn(`test/fix/corpus: ${CORPUS} is missing; skipped`);

run('fix over real connectors (a copy of a corpus sample)', () => {
  jest.setTimeout(600_000);

  it('never crashes, writes strict JSON only, is idempotent and adds no finding', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'ppc-fix-corpus-'));
    const problems: string[] = [];
    let changedFiles = 0;
    try {
      for (const rel of [...new Set([...sample(), ...REGRESSIONS.filter((r) => existsSync(path.join(CORPUS, r)))])]) {
        const dir = path.join(work, rel.replace(/[\\/]/g, '__'));
        cpSync(path.join(CORPUS, rel), dir, { recursive: true });
        const before = await lintConnector(dir);
        const result = await fixConnector(dir);
        changedFiles += result.files.length;
        for (const f of result.files)
          if (!parsesAsJson(readFileSync(f.path, 'utf8'))) problems.push(`${rel}: ${f.path} no longer parses`);
        const beforeCounts = new Map<string, number>();
        for (const d of before.diagnostics) beforeCounts.set(key(d), (beforeCounts.get(key(d)) ?? 0) + 1);
        for (const d of result.diagnostics) {
          // A rule over its time budget depends on the machine's load, not on the text.
          if (d.code === 'ppc-rule-timeout') continue;
          const n = beforeCounts.get(key(d)) ?? 0;
          if (n > 0) beforeCounts.set(key(d), n - 1);
          else problems.push(`${rel}: new finding ${key(d)}`);
        }
        if ((await fixConnector(dir)).files.length > 0) problems.push(`${rel}: a second run changed files`);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    expect(problems).toEqual([]);
    // The sample has fixable findings: the run did something.
    expect(changedFiles).toBeGreaterThan(0);
  });
});
