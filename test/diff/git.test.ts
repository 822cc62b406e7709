import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Log } from 'sarif';
import { PpcInputError } from '../../src/api';
import { diffAgainstRef } from '../../src/diff/git-baseline';
import { op, swagger } from '../../src/diff/rules/example-docs';
import { GIT_NOT_FOUND, readAtRef } from '../../src/git';
import { escapeFileProperty } from '../../src/report/github-actions';
import { relativePath } from '../../src/report/meta';
import { cli } from '../helpers/cli';
import { git } from '../helpers/git';

let repo: string;
let folder: string;

async function commit(doc: unknown, message: string): Promise<void> {
  await fs.writeFile(path.join(folder, 'apiDefinition.swagger.json'), `${JSON.stringify(doc, null, 2)}\n`);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
}

beforeAll(async () => {
  repo = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-git-'));
  folder = path.join(repo, 'connectors', 'Contoso');
  await fs.mkdir(folder, { recursive: true });
  git(repo, 'init', '-q');
  await commit(swagger({ '/tasks/{id}': { get: op('GetTask') }, '/tasks': { get: op('ListTasks') } }), 'first');
  await commit(swagger({ '/tasks': { get: op('ListTasks') } }), 'second');
});

afterAll(async () => {
  await fs.rm(repo, { recursive: true, force: true });
});

describe('git baseline', () => {
  it('reads a file at a ref, and undefined for a file that did not exist there', async () => {
    const text = await readAtRef(folder, 'HEAD~1', path.join(folder, 'apiDefinition.swagger.json'));
    expect(text).toContain('"GetTask"');
    expect(await readAtRef(folder, 'HEAD~1', path.join(folder, 'apiProperties.json'))).toBeUndefined();
  });

  it('diffs --base HEAD~1: the removed operation is located in the old revision', async () => {
    const result = await diffAgainstRef(folder, 'HEAD~1');
    const removed = result.diagnostics.filter((d) => d.code === 'ppc-bc-operation-removed');
    expect(removed.map((d) => d.operationId)).toEqual(['GetTask']);
    expect(removed[0]?.source).toBe('HEAD~1:connectors/Contoso/apiDefinition.swagger.json');
    expect(removed[0]?.range.start.line).toBeGreaterThan(0);
    expect(result.updateClass).toBe('major');
  });

  it('HEAD against itself has no findings and is a minor update', async () => {
    const result = await diffAgainstRef(folder, 'HEAD');
    expect(result.diagnostics).toEqual([]);
    expect(result.updateClass).toBe('minor');
  });

  it('a connector that did not exist at the ref is new', async () => {
    const other = path.join(repo, 'connectors', 'Fresh');
    await fs.mkdir(other, { recursive: true });
    await fs.writeFile(
      path.join(other, 'apiDefinition.swagger.json'),
      JSON.stringify(swagger({ '/a': { get: op('A') } })),
    );
    const result = await diffAgainstRef(other, 'HEAD');
    expect(result.updateClass).toBe('new');
  });

  it('an unknown ref or a folder outside a repository is an input error', async () => {
    await expect(diffAgainstRef(folder, 'no-such-branch')).rejects.toThrow(PpcInputError);
    await expect(diffAgainstRef(folder, 'no-such-branch')).rejects.toThrow(/unknown git ref "no-such-branch"/);
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-nogit-'));
    await fs.writeFile(path.join(outside, 'apiDefinition.swagger.json'), '{}');
    await expect(readAtRef(outside, 'HEAD', path.join(outside, 'apiDefinition.swagger.json'))).rejects.toThrow(
      /not inside a git repository/,
    );
    await fs.rm(outside, { recursive: true, force: true });
  });

  it("github-actions and sarif place a removal at the checkout's file, naming the old revision in the message", async () => {
    const actions = await cli('diff', '--base', 'HEAD~1', folder, '-f', 'github-actions');
    const line = actions.stdout.split('\n').find((l) => l.includes('title=ppc-bc-operation-removed')) ?? '';
    const file = /file=([^,]*),line=(\d+)/.exec(line);
    expect(file?.[1]).toBe(escapeFileProperty(relativePath(path.join(folder, 'apiDefinition.swagger.json'))));
    expect(Number(file?.[2])).toBeGreaterThan(0);
    expect(line).toMatch(/::.*\(old version at HEAD~1:connectors\/Contoso\/apiDefinition\.swagger\.json:\d+:\d+\)$/);

    const sarif = await cli('diff', '--base', 'HEAD~1', folder, '-f', 'sarif');
    const result = (JSON.parse(sarif.stdout) as Log).runs[0]?.results?.[0];
    const uri = result?.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
    expect(uri).toMatch(/connectors\/Contoso\/apiDefinition\.swagger\.json$/);
    expect(uri).not.toContain('HEAD');
    expect(result?.message.text).toContain('(old version at HEAD~1:connectors/Contoso/apiDefinition.swagger.json:');
  });

  it('the CLI diffs --base HEAD~1 and exits 1 on the removal', async () => {
    const { code, stdout, stderr } = await cli('diff', '--base', 'HEAD~1', folder, '-f', 'json');
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Array<{ code: string }>).map((d) => d.code)).toEqual(['ppc-bc-operation-removed']);
    expect(stderr).toContain('major update');
  });

  describe('without a git binary', () => {
    const NO_GIT = '/nonexistent';

    it('a working folder that does not exist (the same spawn error) is still outside a repository', async () => {
      const gone = path.join(os.tmpdir(), 'ppc-no-such-folder', 'deeper');
      await expect(readAtRef(gone, 'HEAD', 'apiDefinition.swagger.json')).rejects.toThrow(
        /not inside a git repository/,
      );
    });

    it.each([
      ['diff --base', ['diff', '--base', 'HEAD~1']],
      ['lint --new-only', ['lint', '--new-only', '--base', 'HEAD~1']],
    ])('the built bin (%s) exits 2 with that message', (_, args) => {
      // node by absolute path: the PATH holds neither node nor git.
      const r = spawnSync(process.execPath, [path.resolve(__dirname, '../../dist/cli.js'), ...args, folder], {
        encoding: 'utf8',
        env: { ...process.env, PATH: NO_GIT },
        timeout: 60_000,
      });
      expect(r.stderr).toBe(`ppc-lint: ${GIT_NOT_FOUND}\n`);
      expect(r.status).toBe(2);
    });
  });
});
