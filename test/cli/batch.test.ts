import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { detectProfile, expandTargets, lintMany, lintTarget, profileSummary } from '../../src/batch';
import { largestFirst } from '../../src/batch/dispatch-order';
import { ProcessWorker } from '../../src/batch/process-worker';
import { defaultJobs } from '../../src/batch/pool';
import { diffRules } from '../../src/diff';
import { allRules } from '../../src/rules';
import { REPOSITORY_URL } from '../../src/types';
import { firstDifferentLine, runCapturedCli } from '../helpers/cli';
import { ROOT, VALID_DIR, validSwagger } from '../helpers/lint';
import { expectTextReport, type ReportCheck } from '../helpers/reports';

const { checkReport } = require('../helpers/report-checks.js') as {
  checkReport: (format: string, file: string, root: string) => ReportCheck;
};

const CORPUS = path.resolve(ROOT, '../shared/corpus');
const HAS_CORPUS = existsSync(path.join(CORPUS, 'certified-connectors'));
if (!HAS_CORPUS) console.warn(`corpus ${CORPUS} absent: corpus parts of the batch tests are skipped`);
const corpusIt = HAS_CORPUS ? it : it.skip;
const CLI = path.join(ROOT, 'dist/cli.js');

const cli = (argv: string[], isTTY = false) => runCapturedCli(argv, { isTTY });

/**
 * A tree: repo/certified-connectors/{Alpha,Beta}, repo/independent-publisher-connectors/Gamma, repo/docs (no
 * connector).
 */
async function tree(): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-tree-'));
  for (const rel of [
    'certified-connectors/Beta',
    'certified-connectors/Alpha',
    'independent-publisher-connectors/Gamma',
  ]) {
    const dir = path.join(root, rel);
    await fs.mkdir(dir, { recursive: true });
    for (const name of await fs.readdir(VALID_DIR)) await fs.copyFile(path.join(VALID_DIR, name), path.join(dir, name));
  }
  const broken = validSwagger();
  broken.info.title = 'Gamma API Connector';
  await fs.writeFile(
    path.join(root, 'independent-publisher-connectors/Gamma/apiDefinition.swagger.json'),
    JSON.stringify(broken, null, 4),
  );
  await fs.mkdir(path.join(root, 'docs'));
  await fs.writeFile(path.join(root, 'docs/readme.md'), '# not a connector\n');
  return root;
}

describe('targets', () => {
  it('finds every connector folder under a tree, sorted, and a quoted glob', async () => {
    const root = await tree();
    const all = await expandTargets([root]);
    expect(all.missing).toEqual([]);
    expect(all.targets).toEqual([
      path.join(root, 'certified-connectors/Alpha'),
      path.join(root, 'certified-connectors/Beta'),
      path.join(root, 'independent-publisher-connectors/Gamma'),
    ]);
    const globbed = await expandTargets(['certified-connectors/*'], root);
    expect(globbed.targets).toEqual(all.targets.slice(0, 2));
    const file = await expandTargets([path.join(root, 'certified-connectors/Alpha/apiDefinition.swagger.json')]);
    expect(file.targets).toEqual([path.join(root, 'certified-connectors/Alpha/apiDefinition.swagger.json')]);
    expect((await expandTargets(['nope/*', 'missing-dir'], root)).missing).toEqual(['nope/*', 'missing-dir']);
  });

  it('a missing target is reported, the others are still linted, and the run exits 2', async () => {
    const root = await tree();
    const r = await cli([
      'lint',
      path.join(root, 'does-not-exist'),
      path.join(root, 'certified-connectors'),
      '-f',
      'json',
      '-j',
      '1',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ppc-lint: ${path.join(root, 'does-not-exist')}: no such file or folder`);
    expect(r.stderr).toContain('in 2 connectors');
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  corpusIt('the corpus root expands to every connector folder', async () => {
    const { targets, missing } = await expandTargets([CORPUS]);
    expect(missing).toEqual([]);
    const manifestRows = readFileSync(path.join(CORPUS, 'manifest.tsv'), 'utf8').trim().split('\n').length - 1;
    expect(targets.length).toBeGreaterThanOrEqual(manifestRows - 1);
    expect(targets).toEqual([...targets].sort());
    expect(targets.filter((t) => t.includes('/independent-publisher-connectors/')).length).toBeGreaterThan(300);
  });
});

describe('--profile auto', () => {
  it('picks the profile from the repository layout, else from apiProperties', async () => {
    const root = await tree();
    expect(await detectProfile(path.join(root, 'certified-connectors/Alpha'))).toMatchObject({ profile: 'certified' });
    expect(await detectProfile(path.join(root, 'independent-publisher-connectors/Gamma'))).toMatchObject({
      profile: 'independent-publisher',
    });
    const loose = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-loose-'));
    const write = (props: object): Promise<void> =>
      fs.writeFile(path.join(loose, 'apiProperties.json'), JSON.stringify({ properties: props }));
    await write({ publisher: 'Jane Doe', stackOwner: 'Contoso' });
    expect(await detectProfile(loose)).toMatchObject({ profile: 'independent-publisher' });
    await write({ publisher: 'Contoso', stackOwner: 'Contoso' });
    expect(await detectProfile(loose)).toMatchObject({ profile: 'certified' });
    await write({});
    expect(await detectProfile(loose)).toMatchObject({ profile: 'custom' });
    // Syntax errors: a publisher still named is read; one the error may hide (or a cut-off file) is not a reason for
    // the most lenient profile.
    await fs.writeFile(path.join(loose, 'apiProperties.json'), '{ "properties": { "publisher": "Contoso", } ');
    expect(await detectProfile(loose)).toMatchObject({
      profile: 'certified',
      reason: 'apiProperties names a publisher',
    });
    for (const text of ['{ "properties": { "capabilities": [] } ', '{', '{"properties": {"publisher": Contoso}}']) {
      await fs.writeFile(path.join(loose, 'apiProperties.json'), text);
      expect(await detectProfile(loose)).toMatchObject({
        profile: 'certified',
        reason: 'apiProperties.json has syntax errors and names no publisher; the strictest profile',
      });
    }
    await write({ stackOwner: 'Contoso' });
    expect(await detectProfile(loose)).toMatchObject({
      profile: 'certified',
      reason: 'apiProperties names a stackOwner',
    });
    // A malformed publisher must not choose the most lenient profile.
    for (const props of [{ publisher: ['Contoso'] }, { publisher: 7, stackOwner: 'Contoso' }, { stackOwner: null }]) {
      await write(props);
      expect(await detectProfile(loose)).toMatchObject({
        profile: 'certified',
        reason: expect.stringMatching(/is not a string; the strictest/),
      });
    }
    await fs.writeFile(path.join(loose, 'apiProperties.json'), '{ "properties": "Contoso" }');
    expect(await detectProfile(loose)).toMatchObject({
      profile: 'certified',
      reason: expect.stringContaining('not an object'),
    });
    await fs.rm(path.join(loose, 'apiProperties.json'));
    expect(await detectProfile(loose)).toMatchObject({
      profile: 'certified',
      reason: expect.stringContaining('no readable apiProperties'),
    });
  });

  it('reads only a regular apiProperties.json inside the folder: a link out of the folder or a pipe is not read', async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-outside-'));
    await fs.writeFile(
      path.join(outside, 'props.json'),
      JSON.stringify({ properties: { publisher: 'Jane Doe', stackOwner: 'Contoso' } }),
    );
    const linked = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-loose-'));
    await fs.symlink(path.join(outside, 'props.json'), path.join(linked, 'apiProperties.json'));
    expect(await detectProfile(linked)).toMatchObject({ profile: 'certified', reason: /no readable apiProperties/ });
    // The same file inside the folder, through a link, is read.
    await fs.rename(path.join(outside, 'props.json'), path.join(linked, 'props.json'));
    await fs.rm(path.join(linked, 'apiProperties.json'));
    await fs.symlink('props.json', path.join(linked, 'apiProperties.json'));
    expect(await detectProfile(linked)).toMatchObject({ profile: 'independent-publisher' });
    if (process.platform !== 'win32') {
      // A named pipe would block the read forever.
      await fs.rm(path.join(linked, 'apiProperties.json'));
      spawnSync('mkfifo', [path.join(linked, 'apiProperties.json')]);
      expect(await detectProfile(linked)).toMatchObject({ profile: 'certified', reason: /no readable apiProperties/ });
    }
  });

  it('says on stderr what it chose; stdout holds only the report', async () => {
    const root = await tree();
    const r = await cli(['lint', root, '-f', 'json', '-j', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${path.join(root, 'independent-publisher-connectors/Gamma')}: independent-publisher profile (path has independent-publisher-connectors/)`,
    );
    expect(r.stderr).toContain(`${path.join(root, 'certified-connectors/Alpha')}: certified profile`);
    const findings = JSON.parse(r.stdout) as Array<{ code: string; source: string }>;
    expect(findings.map((f) => f.code)).toContain('ppc-title-no-api-connector');
    const many = profileSummary(
      Array.from({ length: 7 }, (_, i) => ({
        target: `t${i}`,
        profile: i < 5 ? 'certified' : 'custom',
        reason: 'r',
        diagnostics: [],
      })),
    );
    expect(many).toEqual(['5 folders: certified profile (r)', '2 folders: custom profile (r)']);
  });
});

describe('report options', () => {
  it('-o writes the report to a file and leaves stdout empty; --display-only-failures drops the rest', async () => {
    const root = await tree();
    const out = path.join(root, 'report.sarif');
    const r = await cli([
      'lint',
      path.join(root, 'independent-publisher-connectors'),
      '-f',
      'sarif',
      '-o',
      out,
      '-j',
      '1',
    ]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    const log = JSON.parse(await fs.readFile(out, 'utf8')) as { runs: Array<{ results: Array<{ level: string }> }> };
    const levels = log.runs[0].results.map((x) => x.level);
    expect(levels).toContain('error');
    const only = JSON.parse(
      (
        await cli([
          'lint',
          path.join(root, 'independent-publisher-connectors'),
          '-f',
          'json',
          '-D',
          '-F',
          'error',
          '-q',
        ])
      ).stdout,
    ) as Array<{ severity: number }>;
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((f) => f.severity === 0)).toBe(true);
    expect(levels.length).toBeGreaterThanOrEqual(only.length);
  });

  it('makes the missing folders of a report or baseline, and refuses at once one whose folder cannot be made', async () => {
    const root = await tree();
    const sarif = path.join(root, 'reports', 'ci', 'ppc.sarif');
    const baseline = path.join(root, 'baselines', 'ppc.json');
    const r = await cli(['lint', root, '-f', 'sarif', '-o', sarif, '--write-baseline', baseline, '-j', '1', '-q']);
    expect(r.code).toBe(1);
    const log = JSON.parse(await fs.readFile(sarif, 'utf8')) as { runs: Array<{ results: unknown[] }> };
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(JSON.parse(await fs.readFile(baseline, 'utf8'))).toMatchObject({ generator: 'ppc-lint' });
    // A file in the way: exit 2 before any linting, naming the file.
    const blocked = path.join(sarif, 'more', 'r.json');
    const refused = await cli(['lint', root, '-f', 'json', '-o', blocked]);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toBe(
      `ppc-lint: cannot write the json report to ${blocked}: ${sarif} is a file, not a folder\n`,
    );
  });

  it('shows a progress bar only on a terminal and never with --quiet', async () => {
    const root = await tree();
    expect((await cli(['lint', root, '-f', 'json', '-j', '1'], true)).stderr).toMatch(/\r\[#+\.*\] \d\/3 connectors/);
    expect((await cli(['lint', root, '-f', 'json', '-j', '1'], false)).stderr).not.toContain('[#');
    expect((await cli(['lint', root, '-f', 'json', '-j', '1', '-q'], true)).stderr).toBe('');
  });

  it('uses at most one thread per core, and says so when --jobs asks for more', async () => {
    const root = await tree();
    const cores = defaultJobs();
    const r = await cli(['lint', root, '-f', 'json', '-j', '1000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`ppc-lint: --jobs 1000: using ${cores}, one per core`);
    expect(r.stdout).toBe((await cli(['lint', root, '-f', 'json', '-j', '1'])).stdout);
    expect((await cli(['lint', root, '-f', 'json', '-j', '1000', '-q'])).stderr).toBe('');
  });

  it.each([
    [['--jobs', '0'], /--jobs must be a whole number of at least 1/],
    [['--timeout', 'soon'], /--timeout must be a whole number/],
  ])('rejects %j', async (extra, message) => {
    const r = await cli(['lint', VALID_DIR, ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('worker pool', () => {
  /**
   * A stand-in worker: answers its targets in order, one at a time, as the real one does; except targets named
   * "hang" (never answered, nor anything after them), "crash" (throws) and "hog" (fills the heap).
   */
  async function fakeWorker(): Promise<string> {
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-worker-')), 'worker.js');
    await fs.writeFile(
      file,
      `const queue = [];
let stuck = false;
process.on('message', (t) => {
  queue.push(t);
  setImmediate(work);
});
process.on('disconnect', () => process.exit(0));
// The real worker's way of saying why it died (src/batch/worker.ts).
process.on('uncaughtException', (e) => process.send({ crashed: e.message }, () => process.exit(1)));
function work() {
  while (queue.length > 0 && !stuck) {
    const t = queue.shift();
    if (t.target.endsWith('hang')) stuck = true;
    else if (t.target.endsWith('crash')) throw new Error('boom');
    else if (t.target.endsWith('hog')) for (const hoard = [];;) hoard.push(new Array(1e6).fill(t.id));
    else process.send({ id: t.id, result: { target: t.target, profile: 'certified', reason: 'r', diagnostics: [] } });
  }
}\n`,
    );
    return file;
  }

  it('a target that fills a worker heap is linted again in the main thread, and the run goes on', async () => {
    const workerFile = await fakeWorker();
    const hog = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-hog-')), 'hog');
    await fs.cp(VALID_DIR, hog, { recursive: true });
    const targets = ['a', hog, 'b', 'c'];
    const results = await lintMany(targets, {
      profile: 'certified',
      jobs: 2,
      timeoutMs: 60_000,
      workerFile,
      workerHeapMb: 16,
    });
    expect(results.map((r) => r.target)).toEqual(targets);
    expect(results[1].error).toBeUndefined();
    expect(results[1]).toEqual(await lintTarget(hog, 'certified'));
    expect(results.filter((r, i) => i !== 1 && !r.error && r.diagnostics.length === 0)).toHaveLength(3);
  }, 120_000);

  it('a target sent to a worker behind one that hangs is linted by the worker that replaces it', async () => {
    const workerFile = await fakeWorker();
    const targets = ['hang', 'a', 'crash', 'b', 'c'];
    const results = await lintMany(targets, { profile: 'certified', jobs: 2, timeoutMs: 1000, workerFile });
    expect(results.map((r) => r.diagnostics[0]?.code ?? r.error ?? 'clean')).toEqual([
      'ppc-lint-timeout',
      'clean',
      'crash: the linter crashed (boom)',
      'clean',
      'clean',
    ]);
  });

  it("hands out the largest targets first and still reports in the targets' order", async () => {
    const base = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-order-'));
    const folder = async (name: string, bytes: number): Promise<string> => {
      await fs.mkdir(path.join(base, name));
      await fs.writeFile(path.join(base, name, 'apiDefinition.swagger.json'), ' '.repeat(bytes));
      // Not JSON: not counted.
      await fs.writeFile(path.join(base, name, 'readme.md'), ' '.repeat(10_000));
      return path.join(base, name);
    };
    const small = await folder('small', 10);
    const large = await folder('large', 3000);
    const middle = await folder('middle', 200);
    const file = path.join(base, 'alone.swagger.json');
    await fs.writeFile(file, ' '.repeat(1000));
    const targets = [small, 'missing', large, file, middle];
    expect(await largestFirst(targets)).toEqual([2, 3, 4, 0, 1]);

    const sent = jest.spyOn(ProcessWorker.prototype, 'postMessage');
    const results = await lintMany(targets, { profile: 'certified', jobs: 2, workerFile: await fakeWorker() });
    const order = sent.mock.calls.map((call) => (call[0] as { target: string }).target);
    sent.mockRestore();
    expect(order).toEqual([large, file, middle, small, 'missing']);
    expect(results.map((r) => r.target)).toEqual(targets);
  });

  it('computes fingerprints only for runs that use a baseline', async () => {
    const example = path.join(ROOT, 'examples/contoso-tasks');
    const withPrints = await lintTarget(example, 'certified');
    const without = await lintTarget(example, 'certified', { fingerprints: false });
    expect(withPrints.diagnostics.length).toBeGreaterThan(0);
    expect(withPrints.diagnostics.every((d) => typeof (d as { fingerprint?: unknown }).fingerprint === 'string')).toBe(
      true,
    );
    expect(without.diagnostics.some((d) => 'fingerprint' in d)).toBe(false);
    const strip = (ds: object[]): object[] => ds.map((d) => ({ ...d, fingerprint: undefined }));
    expect(strip(without.diagnostics)).toEqual(strip(withPrints.diagnostics));
  });

  it('lints nothing until beforeLint is done, and stops the workers when it fails', async () => {
    const workerFile = await fakeWorker();
    const events: string[] = [];
    const results = await lintMany(['a', 'b', 'c'], {
      profile: 'certified',
      jobs: 2,
      workerFile,
      beforeLint: async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        events.push('ready');
      },
      onResult: (r) => events.push(r.target),
    });
    expect(results.map((r) => r.target)).toEqual(['a', 'b', 'c']);
    expect(events[0]).toBe('ready');
    expect(events.slice(1).sort()).toEqual(['a', 'b', 'c']);

    for (const jobs of [1, 2]) {
      const failing = lintMany(['a', 'b'], {
        profile: 'certified',
        jobs,
        workerFile,
        beforeLint: () => Promise.reject(new Error('bad config')),
        onResult: () => events.push('linted'),
      });
      await expect(failing).rejects.toThrow('bad config');
    }
    expect(events).not.toContain('linted');
  });

  it('a broken config in one folder of a tree stops the whole run: exit 2, one located error, no report', async () => {
    const root = await tree();
    await fs.writeFile(
      path.join(root, 'certified-connectors/Beta/.spectral.yaml'),
      'rules:\n  ppc-no-such-rule: off\n',
    );
    const r = await cli(['lint', root, '-f', 'json', '-j', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/Beta[\\/]\.spectral\.yaml:2:3: unknown rule "ppc-no-such-rule"/),
    ]);
    expect(r.stdout).toBe('');
  });

  it('a target over its budget gets a ppc-lint-timeout error, a crash is reported, and the run goes on in order', async () => {
    const workerFile = await fakeWorker();
    const targets = ['a', 'hang', 'b', 'crash', 'c', 'd'];
    const seen: number[] = [];
    const results = await lintMany(targets, {
      profile: 'certified',
      jobs: 2,
      timeoutMs: 1500,
      workerFile,
      onProgress: (done) => seen.push(done),
    });
    expect(results.map((r) => r.target)).toEqual(targets);
    expect(results[1].diagnostics).toEqual([
      expect.objectContaining({
        code: 'ppc-lint-timeout',
        severity: 0,
        source: 'hang',
        message: expect.stringContaining('longer than 1.5 s'),
      }),
    ]);
    expect(results[3].error).toMatch(/crash: the linter crashed \(boom\)/);
    expect(results.filter((r) => !r.error && r.diagnostics.length === 0)).toHaveLength(4);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a target that blocks this thread (one job) is stopped by the watchdog, reported, and the run goes on', () => {
    // In a child process of the built library: stopping the main thread's JavaScript is not for jest's own thread.
    const script = `
      const { guardFunction, lintMany } = require(${JSON.stringify(path.join(ROOT, 'dist/api.js'))});
      // A rule as the rulesets wrap it, stuck in a loop.
      const stuckRule = guardFunction(() => { for (;;) {} }, 'ppc-stuck-rule');
      const lintOne = async (target) => {
        await new Promise((r) => setTimeout(r, 10));
        if (target === 'loop') stuckRule(null, null, { document: {}, path: [] });
        if (target === 'regex') /^(a+)+$/.test('a'.repeat(40) + 'b');
        return { target, profile: 'certified', reason: 'r', diagnostics: [] };
      };
      lintMany(['a', 'loop', 'b', 'regex', 'c'], { profile: 'certified', jobs: 1, timeoutMs: 300, lintOne })
        .then((rs) => console.log(JSON.stringify(rs.map((r) => [r.target, r.diagnostics[0]?.message ?? 'clean']))));
    `;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    const stopped = 'Linting took longer than 0.3 s and was stopped';
    expect(JSON.parse(r.stdout)).toEqual([
      ['a', 'clean'],
      ['loop', expect.stringContaining(`${stopped} (rule ppc-stuck-rule was running)`)],
      ['b', 'clean'],
      ['regex', expect.stringMatching(new RegExp(`^${stopped};`))],
      ['c', 'clean'],
    ]);
  });

  it('a target that waits past its budget in this thread is reported when its timer fires', async () => {
    const slow = (target: string) =>
      new Promise<Awaited<ReturnType<typeof lintTarget>>>((resolve) =>
        setTimeout(
          () => resolve({ target, profile: 'certified', reason: 'r', diagnostics: [] }),
          target === 'slow' ? 800 : 1,
        ),
      );
    const results = await lintMany(['a', 'slow', 'b'], {
      profile: 'certified',
      jobs: 1,
      timeoutMs: 200,
      lintOne: slow,
    });
    expect(results.map((r) => r.diagnostics[0]?.code ?? 'clean')).toEqual(['clean', 'ppc-lint-timeout', 'clean']);
  });

  corpusIt(
    'the built CLI gives the same bytes with --jobs 1 and --jobs 2',
    () => {
      const folders = [
        'certified-connectors/365Training',
        'certified-connectors/1Me_Corporate',
        'independent-publisher-connectors',
      ].map((f) => path.join(CORPUS, f));
      const targets = [folders[0], folders[1], `${folders[2]}/A*`];
      const run = (jobs: string): ReturnType<typeof spawnSync> =>
        spawnSync(process.execPath, [CLI, 'lint', ...targets, '-f', 'json', '--jobs', jobs], {
          encoding: 'utf8',
          maxBuffer: 1 << 28,
        });
      const one = run('1');
      const two = run('2');
      expect(one.status).toBe(1);
      expect(two.status).toBe(1);
      expect(firstDifferentLine(String(two.stdout), String(one.stdout))).toBeUndefined();
      const findings = JSON.parse(String(one.stdout)) as Array<{ source: string; pointer: string }>;
      const sources = findings.map((f) => f.source);
      expect(sources).toEqual([...sources].sort());
      expect(String(one.stderr)).toMatch(
        /folders: independent-publisher profile \(path has independent-publisher-connectors\/\)/,
      );
    },
    600_000,
  );

  corpusIt(
    'the built CLI writes every format valid, and the same report files with --jobs 1 and with report workers fed',
    async () => {
      // Five connectors with about 13,000 findings, past the count that starts report workers. Each format is checked
      // as the whole-corpus test checks the formats it writes.
      const targets = [
        'certified-connectors/Easyvista_Service._Manager',
        'certified-connectors/Cognite_Data_Fusion',
        'certified-connectors/Shopranos',
        'certified-connectors/Impexium',
        'independent-publisher-connectors/HubSpot_CRM_V2',
      ].map((f) => path.join(CORPUS, f));
      const out = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-fed-'));
      const formats = [
        'sarif',
        'junit',
        'code-climate',
        'markdown',
        'html',
        'stylish',
        'text',
        'teamcity',
        'github-actions',
      ];
      const run = (jobs: string): ReturnType<typeof spawnSync> => {
        const reports = formats.flatMap((f) => ['-f', f, `--output.${f}`, path.join(out, `${jobs}.${f}`)]);
        return spawnSync(process.execPath, [CLI, 'lint', ...targets, '-f', 'json', ...reports, '--jobs', jobs, '-q'], {
          encoding: 'utf8',
          maxBuffer: 1 << 28,
        });
      };
      try {
        const one = run('1');
        const two = run('2');
        expect([one.status, two.status]).toEqual([1, 1]);
        const findings = (JSON.parse(String(one.stdout)) as unknown[]).length;
        expect(findings).toBeGreaterThan(10_000);
        expect(firstDifferentLine(String(two.stdout), String(one.stdout))).toBeUndefined();
        for (const f of formats) {
          const [a, b] = ['2', '1'].map((j) => readFileSync(path.join(out, `${j}.${f}`), 'utf8'));
          expect({ f, differs: firstDifferentLine(a, b) }).toEqual({ f, differs: undefined });
        }
        // SARIF valid against the 2.1.0 schema and Code Climate a JSON array, one entry per finding; JUnit
        // well-formed XML with failures.
        for (const f of ['sarif', 'code-climate'])
          expect(checkReport(f, path.join(out, `2.${f}`), ROOT)).toEqual({
            format: f,
            valid: true,
            errors: [],
            entries: findings,
          });
        const junit = checkReport('junit', path.join(out, '2.junit'), ROOT);
        expect(junit).toMatchObject({ valid: true, errors: [] });
        expect(junit.entries).toBeGreaterThan(0);
        for (const f of ['markdown', 'html', 'stylish', 'text', 'teamcity', 'github-actions'])
          expectTextReport(f, path.join(out, `2.${f}`), findings);
      } finally {
        await fs.rm(out, { recursive: true, force: true });
      }
    },
    600_000,
  );
});

describe('rules and explain', () => {
  it('lists the rules as text and JSON, per profile', async () => {
    const text = await cli(['rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ppc-title-no-api-connector +error\/error\/\S+ +The connector title/m);
    const custom = JSON.parse((await cli(['rules', '--format', 'json', '--profile', 'custom'])).stdout) as Array<{
      id: string;
      kind: string;
      severity: Record<string, string>;
      documentationUrl: string;
    }>;
    const all = JSON.parse((await cli(['rules', '-f', 'json'])).stdout) as typeof custom;
    expect(custom.length).toBeGreaterThan(0);
    expect(custom.length).toBeLessThan(all.length);
    expect(custom.every((r) => r.severity.custom !== 'off')).toBe(true);
    const lint = all.filter((r) => r.kind === 'lint');
    expect(lint.every((r) => r.documentationUrl === `${REPOSITORY_URL}/blob/main/docs/rules/${r.id}.md`)).toBe(true);
  });

  it('explain prints the shipped page, and names close ids for a typo', async () => {
    const r = await cli(['explain', 'ppc-title-no-api-connector']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(ROOT, 'docs/rules/ppc-title-no-api-connector.md'), 'utf8'));
    const bad = await cli(['explain', 'title-api']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown rule "title-api"; did you mean .*ppc-title-no-api-connector/);
  });

  it('lists the diff rules too, marked as such, in text and JSON', async () => {
    const all = JSON.parse((await cli(['rules', '-f', 'json'])).stdout) as Array<{ id: string; kind: string }>;
    expect(all.filter((r) => r.kind === 'diff').map((r) => r.id)).toEqual(diffRules.map((r) => r.id));
    expect(all.filter((r) => r.kind === 'lint')).toHaveLength(allRules.length);
    const text = (await cli(['rules'])).stdout;
    expect(text).toMatch(/^ppc-bc-operation-removed +error\/error +/m);
    expect(text).toContain(`${allRules.length} rules; severities are certified/independent-publisher/custom.`);
    expect(text).toContain(`Plus ${diffRules.length} rules for ppc-lint diff.`);
    const custom = JSON.parse((await cli(['rules', '-f', 'json', '-p', 'custom'])).stdout) as typeof all;
    expect(custom.every((r) => r.kind === 'lint')).toBe(true);
  });

  it.each(diffRules.map((r) => r.id))('explain prints the page of the diff rule %s', async (id) => {
    const r = await cli(['explain', id]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^# ${id}\n`));
    expect(r.stdout).toContain(diffRules.find((d) => d.id === id)!.remedy);
  });

  it.each([
    ['ppc-lint-timeout', /--timeout/],
    ['ppc-lint-failed', /could not finish/],
    ['ppc-rule-timeout', /budget/],
    ['ppc-baseline-stale', /--write-baseline/],
    ['ppc-bc-ack-stale', /\.ppc-breaking-changes\.yaml/],
    ['ppc-bc-ack-invalid', /no reason/],
    ['invalid-ref', /\$ref/],
    ['oas2-schema', /Validate structure of OpenAPI v2 specification/],
    ['typed-enum', /https:\/\/\S+#typed-enum/],
  ])('explain %s, a code the tool or Spectral reports', async (id, text) => {
    const r = await cli(['explain', id]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(new RegExp(`^# ${id}\n`));
    expect(r.stdout).toMatch(text);
  });

  it('package.json names the repository the documentation URLs point to', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      repository: { url: string };
      homepage: string;
      bugs: { url: string };
      files: string[];
    };
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(pkg.homepage.startsWith(REPOSITORY_URL)).toBe(true);
    expect(pkg.bugs.url).toBe(`${REPOSITORY_URL}/issues`);
    expect(pkg.files).toContain('docs');
  });
});
