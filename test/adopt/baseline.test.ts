import { existsSync, promises as fs, readdirSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { parseBaseline } from '../../src/baseline';
import { PpcInputError } from '../../src/connector/errors';
import { git } from '../helpers/git';
import { cli, commitAll, initRepo, lintJson, swaggerText, tempDir, TITLE_API, writeConnector } from './helpers';

const SUMMARY_DOT: [string, string] = ['"summary": "Get a task by ID"', '"summary": "Get a task by ID."'];
/** Blank lines after the opening brace: every finding moves down, none changes. */
const MOVE: [string, string] = ['{\n    "swagger"', '{\n\n\n\n    "swagger"'];

async function setup(): Promise<{ root: string; connector: string; swagger: string; baseline: string }> {
  const root = tempDir();
  const connector = await writeConnector(path.join(root, 'MyConnector'), {
    'apiDefinition.swagger.json': swaggerText([TITLE_API]),
  });
  return {
    root,
    connector,
    swagger: path.join(connector, 'apiDefinition.swagger.json'),
    baseline: path.join(root, 'ppc-baseline.json'),
  };
}

describe('baselines', () => {
  it('--write-baseline writes the findings, small and sorted, with files relative to the baseline folder', async () => {
    const { connector, baseline } = await setup();
    const r = await lintJson(connector, '--write-baseline', baseline);
    expect(r.findings.map((f) => f.code)).toContain('ppc-title-no-api-connector');
    const text = await fs.readFile(baseline, 'utf8');
    const written = parseBaseline(text, baseline);
    expect(written.findings).toContainEqual(
      expect.objectContaining({
        rule: 'ppc-title-no-api-connector',
        file: 'MyConnector/apiDefinition.swagger.json',
        pointer: '/info/title',
        count: 1,
      }),
    );
    const keys = written.findings.map((e) => `${e.file}\u0000${e.rule}\u0000${e.pointer}\u0000${e.fingerprint}`);
    expect(keys).toEqual([...keys].sort());
    expect(text).not.toMatch(/"line"|"range"/);
    expect(r.stderr).toMatch(/wrote \d+ findings? to the baseline/);
  });

  it('--baseline reports nothing for accepted findings, even after the code moved, and reports new ones', async () => {
    const { connector, swagger, baseline } = await setup();
    await lintJson(connector, '--write-baseline', baseline);
    const same = await lintJson(connector, '--baseline', baseline);
    expect(same.findings).toEqual([]);
    expect(same.code).toBe(0);

    await fs.writeFile(swagger, swaggerText([TITLE_API, MOVE]));
    const moved = await lintJson(connector, '--baseline', baseline);
    expect(moved.findings).toEqual([]);
    expect(moved.code).toBe(0);

    await fs.writeFile(swagger, swaggerText([TITLE_API, MOVE, SUMMARY_DOT]));
    const added = await lintJson(connector, '--baseline', baseline);
    expect(added.findings.map((f) => f.code)).toEqual(['ppc-summary-no-trailing-punct']);
    expect(added.code).toBe(1);
  });

  it('--write-baseline masks a credential in a pointer, and masked and older raw baselines both still match', async () => {
    const token = 'ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
    const { connector, baseline } = await setup();
    await writeConnector(connector, {
      'apiDefinition.swagger.json': swaggerText([
        ['"paths": {', `"paths": {\n        "/x/${token}": {"get": {"responses": {"200": {"description": "OK"}}}},`],
      ]),
    });
    const first = await lintJson(connector, '--write-baseline', baseline);
    // Reports mask the token in a finding's path too.
    expect(first.findings.some((f) => f.path[1] === '/x/ghp_…(40 characters, masked)')).toBe(true);
    const text = await fs.readFile(baseline, 'utf8');
    expect(text).not.toContain('A1b2C3d4');
    expect(text).toContain('~1x~1ghp_…(40 characters, masked)');

    const masked = await lintJson(connector, '--baseline', baseline);
    expect(masked.findings).toEqual([]);
    expect(masked.code).toBe(0);

    // A baseline written before pointers were masked holds the raw token: it must keep matching.
    await fs.writeFile(baseline, text.replaceAll('ghp_…(40 characters, masked)', token));
    const raw = await lintJson(connector, '--baseline', baseline);
    expect(raw.findings).toEqual([]);
    expect(raw.stderr).not.toContain('stale');
  });

  it('a changed offending value is a new finding', async () => {
    const { connector, swagger, baseline } = await setup();
    await lintJson(connector, '--write-baseline', baseline);
    await fs.writeFile(swagger, swaggerText([['"title": "Contoso Tasks"', '"title": "Contoso API Tasks"']]));
    const r = await lintJson(connector, '--baseline', baseline);
    expect(r.findings.map((f) => f.code)).toContain('ppc-title-no-api-connector');
  });

  it('lists fixed entries as stale on stderr and as ppc-baseline-stale info findings in the baseline file', async () => {
    const { connector, swagger, baseline } = await setup();
    await lintJson(connector, '--write-baseline', baseline);
    await fs.writeFile(swagger, swaggerText());
    const r = await lintJson(connector, '--baseline', baseline);
    expect(r.stderr).toMatch(
      /stale baseline entry: ppc-title-no-api-connector in MyConnector\/apiDefinition\.swagger\.json at \/info\/title/,
    );
    const stale = r.findings.filter((f) => f.code === 'ppc-baseline-stale');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ severity: 2, source: baseline });
    const line = (await fs.readFile(baseline, 'utf8')).split('\n')[stale[0].range.start.line];
    expect(line).toContain('ppc-title-no-api-connector');
    expect(r.code).toBe(0);
  });

  it('entries of folders not linted in this run are not stale', async () => {
    const { root, connector, baseline } = await setup();
    const other = await writeConnector(path.join(root, 'Other'), {
      'apiDefinition.swagger.json': swaggerText([TITLE_API]),
    });
    await lintJson(connector, other, '--write-baseline', baseline);
    const r = await lintJson(connector, '--baseline', baseline);
    expect(r.findings).toEqual([]);
    expect(r.stderr).not.toContain('stale');
  });

  it.each([
    ['not JSON', '{"version": 1, "findings": [', /not valid JSON/],
    ['another shape', '{"version": 1, "findings": []}', /not a ppc-lint baseline/],
    ['a bad entry', '{"version": 1, "files": {"a.json": [{"rule": "x"}]}}', /files\["a\.json"\]\[0\] needs/],
    ['a bad file list', '{"version": 1, "files": {"a.json": {}}}', /files\["a\.json"\] must be a list/],
  ])('a baseline that is %s is exit 2, never a silent pass', async (_what, text, message) => {
    const { connector, baseline } = await setup();
    await fs.writeFile(baseline, text);
    const r = await lintJson(connector, '--baseline', baseline);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a missing baseline is exit 2', async () => {
    const { connector, root } = await setup();
    const r = await lintJson(connector, '--baseline', path.join(root, 'nope.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read baseline \(ENOENT\)/);
    expect(() => parseBaseline('[]', 'b.json')).toThrow(PpcInputError);
  });
});

describe('--new-only --base', () => {
  /** Runs `work` with a temporary folder of its own (other suites lint with --new-only at the same time). */
  async function withOwnTmp<T>(work: () => Promise<T>): Promise<{ result: T; left: string[] }> {
    const own = tempDir('ppc-own-tmp-');
    const spy = jest.spyOn(os, 'tmpdir').mockReturnValue(own);
    try {
      const result = await work();
      expect(spy).toHaveBeenCalled();
      return { result, left: readdirSync(own) };
    } finally {
      spy.mockRestore();
    }
  }

  async function repo(): Promise<{ root: string; connector: string; swagger: string; first: string }> {
    const root = tempDir();
    initRepo(root);
    const connector = await writeConnector(path.join(root, 'connectors', 'MyConnector'), {
      'apiDefinition.swagger.json': swaggerText([TITLE_API]),
    });
    const first = commitAll(root, 'first');
    return { root, connector, swagger: path.join(connector, 'apiDefinition.swagger.json'), first };
  }

  it('reports only what the change since the ref introduced, with moved code not new', async () => {
    const { root, connector, swagger, first } = await repo();
    await fs.writeFile(swagger, swaggerText([TITLE_API, MOVE, SUMMARY_DOT]));
    commitAll(root, 'second');
    const { result: r, left } = await withOwnTmp(() => lintJson(connector, '--new-only', '--base', first));
    expect(r.findings.map((f) => f.code)).toEqual(['ppc-summary-no-trailing-punct']);
    expect(r.code).toBe(1);
    // The base's copy was made in the temporary folder and removed.
    expect(left).toEqual([]);
    // Uncommitted work counts too: the working tree is linted as it is.
    await fs.writeFile(swagger, swaggerText([TITLE_API, MOVE]));
    const clean = await lintJson(connector, '--new-only', '--base', 'HEAD~1');
    expect(clean.findings).toEqual([]);
    expect(clean.code).toBe(0);
  });

  it('works for a single definition file too', async () => {
    const { root, swagger, first } = await repo();
    await fs.writeFile(swagger, swaggerText([TITLE_API, SUMMARY_DOT]));
    commitAll(root, 'second');
    const r = await lintJson(swagger, '--new-only', '--base', first);
    expect(r.findings.map((f) => f.code)).toEqual(['ppc-summary-no-trailing-punct']);
  });

  it('a folder that did not exist at the ref is all new', async () => {
    const { root, first } = await repo();
    const added = await writeConnector(path.join(root, 'connectors', 'NewConnector'), {
      'apiDefinition.swagger.json': swaggerText([TITLE_API]),
    });
    const r = await lintJson(added, '--new-only', '--base', first);
    expect(r.findings.map((f) => f.code)).toContain('ppc-title-no-api-connector');
    expect(r.code).toBe(1);
  });

  it.each([
    [['--new-only', '--base', 'no-such-branch'], /unknown git ref "no-such-branch"/],
    [['--new-only', '--base', '--upload-pack=x'], /is not a git ref/],
    [['--new-only'], /--new-only needs --base/],
  ])('bad use is exit 2: %j', async (args, message) => {
    const { connector } = await repo();
    const r = await lintJson(connector, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('outside a git repository it is exit 2', async () => {
    const dir = await writeConnector(path.join(tempDir(), 'C'));
    const r = await lintJson(dir, '--new-only', '--base', 'HEAD');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs a git repository/);
    expect(existsSync(dir)).toBe(true);
  });

  it('a tree or a blob given as --base is named as such, not as an unknown ref', async () => {
    const { root, connector } = await repo();
    for (const [object, kind] of [
      ['HEAD^{tree}', 'tree'],
      ['HEAD:connectors/MyConnector/apiDefinition.swagger.json', 'blob'],
    ]) {
      const hash = git(root, 'rev-parse', object).trim();
      const r = await lintJson(connector, '--new-only', '--base', hash);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`git ref "${hash}" names a ${kind}, not a commit`);
      expect(r.stderr).not.toMatch(/unknown git ref/);
    }
  });

  it('in a repository with no commits it is exit 2 with no report claiming a pass', async () => {
    const root = tempDir();
    initRepo(root);
    const connector = await writeConnector(path.join(root, 'C'));
    const r = await cli('lint', connector, '--new-only', '--base', 'HEAD');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/has no commits yet/);
  });
});
