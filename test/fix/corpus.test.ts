import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixConnector } from '../../src/fix';
import { parsesAsJson } from '../../src/fix/text';
import { lintConnector } from '../../src/lint';
import { ROOT } from '../helpers/lint';

const CORPUS = path.join(ROOT, '../shared/corpus');
const SAMPLE = Number(process.env.PPC_FIX_CORPUS_SAMPLE ?? 40);

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
  for (let i = 0; i < all.length && picked.length < SAMPLE; i += step) picked.push(all[Math.floor(i)]!);
  return picked;
}

/**
 * ppc-shared-params suggests sharing a parameter written the same way in several operations. Giving copies of a
 * parameter the same final period can make them identical, so that rule may newly (and rightly) suggest sharing.
 */
const MAY_APPEAR = new Set(['ppc-shared-params']);

const key = (d: { code: string | number; path: (string | number)[] }): string => `${String(d.code)} ${JSON.stringify(d.path)}`;

const run = existsSync(CORPUS) ? describe : describe.skip;
if (!existsSync(CORPUS)) console.warn(`test/fix/corpus: ${CORPUS} is missing; skipped`);

run('fix over real connectors (a copy of a corpus sample)', () => {
  jest.setTimeout(1_800_000);

  it('never crashes, writes strict JSON only, is idempotent and adds no finding', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'ppc-fix-corpus-'));
    const problems: string[] = [];
    let changedFiles = 0;
    try {
      for (const rel of sample()) {
        const dir = path.join(work, rel.replace(/[\\/]/g, '__'));
        cpSync(path.join(CORPUS, rel), dir, { recursive: true });
        const before = await lintConnector(dir);
        const result = await fixConnector(dir);
        changedFiles += result.files.length;
        for (const f of result.files) if (!parsesAsJson(readFileSync(f.path, 'utf8'))) problems.push(`${rel}: ${f.path} no longer parses`);
        const beforeKeys = new Set(before.diagnostics.map(key));
        for (const d of result.diagnostics) if (!beforeKeys.has(key(d)) && !MAY_APPEAR.has(String(d.code))) problems.push(`${rel}: new finding ${key(d)}`);
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
