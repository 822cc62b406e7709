import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { op, swagger } from '../../src/diff/rules/example-docs';
import { cli, useTempDir } from '../helpers/cli';
import { git } from '../helpers/git';

const root = useTempDir('ppc-diff-inputs-');

function codes(stdout: string): string[] {
  return (JSON.parse(stdout) as Array<{ code: string }>).map((d) => d.code);
}

/** Write a connector folder; a file given as null is left out, a string is written as is, anything else as JSON. */
async function folder(name: string, files: Record<string, unknown>): Promise<string> {
  const dir = path.join(root(), name);
  await fs.mkdir(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    if (content === null) continue;
    const text = typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`;
    await fs.writeFile(path.join(dir, file), text);
  }
  return dir;
}

const API_KEY = { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } };
const OPERATIONS = {
  '/tasks/{id}': { get: op('GetTask'), delete: op('DeleteTask') },
  '/tasks': { post: op('CreateTask') },
};
const DEF = swagger(OPERATIONS, { securityDefinitions: API_KEY });
const WITHOUT_GET = swagger(
  { '/tasks/{id}': { delete: op('DeleteTask') }, '/tasks': { post: op('CreateTask') } },
  { securityDefinitions: API_KEY },
);
const PROPS = {
  properties: {
    connectionParameters: {
      api_key: { type: 'securestring', uiDefinition: { displayName: 'API key', constraints: { required: 'true' } } },
    },
  },
};
const OAUTH_PROPS = {
  properties: {
    connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2' } } },
  },
};

describe('ppc-lint diff: which old side exists', () => {
  it('reads a file named on its own as the definition, whatever its name', async () => {
    const next = await folder('new', { 'apiDefinition.swagger.json': WITHOUT_GET });
    for (const name of ['old.orig', 'old.txt', 'old']) {
      const file = path.join(root(), name);
      await fs.writeFile(file, JSON.stringify(DEF));
      const r = await cli('diff', file, next, '-f', 'json');
      expect({ name, code: r.code, codes: codes(r.stdout) }).toEqual({
        name,
        code: 1,
        codes: ['ppc-bc-operation-removed'],
      });
    }
  });

  it('exits 2 for a file named on its own that is not a definition', async () => {
    const props = path.join(root(), 'apiProperties.json');
    await fs.writeFile(props, JSON.stringify(PROPS));
    const readme = path.join(root(), 'readme.md');
    await fs.writeFile(readme, '# Tasks\n');
    const next = await folder('new', { 'apiDefinition.swagger.json': DEF });
    const r = await cli('diff', props, next);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${props}: is not a Swagger 2.0 definition (it has no "swagger" key)`);
    const md = await cli('diff', readme, next);
    expect(md.code).toBe(2);
    expect(md.stderr).toContain(`${readme}: is not valid JSON`);
    expect(md.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('a connector is new only when the old path does not exist', async () => {
    const next = await folder('new', { 'apiDefinition.swagger.json': DEF });
    const absent = await cli('diff', path.join(root(), 'absent'), next);
    expect(absent.code).toBe(0);
    expect(absent.stderr).toMatch(/is a new connector \(.*absent does not exist\)/);
    const empty = await folder('empty', {});
    const r = await cli('diff', empty, next);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${empty}: no connector definition (apiDefinition.swagger.json) or apiProperties.json`);
  });

  it('compares apiProperties.json when the old side has no definition', async () => {
    const old = await folder('old', { 'apiProperties.json': PROPS });
    const same = await folder('same', { 'apiDefinition.swagger.json': DEF, 'apiProperties.json': PROPS });
    const oauth = await folder('oauth', { 'apiDefinition.swagger.json': DEF, 'apiProperties.json': OAUTH_PROPS });
    const r = await cli('diff', old, oauth, '-f', 'json');
    expect(r.code).toBe(1);
    // Only the connection parameters are compared: no operation or authentication "added" from an absent definition.
    expect(codes(r.stdout)).toEqual(['ppc-bc-auth-type-stable']);
    expect(r.stdout).toContain('Connection parameter \\"api_key\\" was removed');
    const unchanged = await cli('diff', old, same, '-f', 'json');
    expect(unchanged.code).toBe(0);
    expect(codes(unchanged.stdout)).toEqual([]);
  });

  it('reports the connection parameters of a deleted apiProperties.json as removed', async () => {
    const old = await folder('old', { 'apiDefinition.swagger.json': DEF, 'apiProperties.json': PROPS });
    const deleted = await folder('deleted', { 'apiDefinition.swagger.json': DEF });
    const r = await cli('diff', old, deleted, '-f', 'json');
    expect(r.code).toBe(1);
    expect(codes(r.stdout)).toEqual(['ppc-bc-auth-type-stable']);
    expect(r.stdout).toContain(path.join(old, 'apiProperties.json'));
    // An old version without apiProperties.json had no connection parameters to lose.
    const none = await folder('none', { 'apiDefinition.swagger.json': DEF });
    expect((await cli('diff', none, deleted, '-f', 'json')).code).toBe(0);
  });
});

describe('ppc-lint diff: a side that cannot be compared exits 2 with one line', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['empty', '', /: is empty; it must hold a JSON object/],
    ['null', 'null', /: holds null instead of a JSON object/],
    ['an array', '[1,2]', /: holds an array instead of a JSON object/],
    [
      'OpenAPI 3',
      JSON.stringify({ openapi: '3.0.0', info: {}, paths: {} }),
      /: is OpenAPI "3\.0\.0", not Swagger 2\.0/,
    ],
    [
      'a missing colon',
      JSON.stringify(DEF, null, 2).replace('"swagger": "2.0"', '"swagger" "2.0"'),
      /: is not valid JSON \(Colon expected.* at line 2, column 13\)/,
    ],
    ['a truncated file', JSON.stringify(DEF, null, 2).slice(0, 200), /: is not valid JSON \(.* at line \d+/],
  ];
  it.each(cases)('%s, on either side', async (_, text, message) => {
    const valid = await folder('valid', { 'apiDefinition.swagger.json': DEF });
    const broken = await folder('broken', { 'apiDefinition.swagger.json': text });
    for (const [old, next] of [
      [valid, broken],
      [broken, valid],
    ]) {
      const r = await cli('diff', old, next, '-f', 'json');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(path.join(broken, 'apiDefinition.swagger.json'));
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('a comment or trailing comma is read completely: the diff runs and ppc-json-valid locates it', async () => {
    const valid = await folder('valid', { 'apiDefinition.swagger.json': DEF });
    const comma = await folder('comma', { 'apiDefinition.swagger.json': JSON.stringify(DEF).replace(/}$/, ',}') });
    const r = await cli('diff', valid, comma, '-f', 'json');
    expect(r.code).toBe(1);
    expect(codes(r.stdout)).toEqual(['ppc-json-valid']);
  });

  it('a definition over 8 MB on either side is reported, not skipped', async () => {
    const pad = 'x'.repeat(9 * 1024 * 1024);
    const big = await folder('big', {
      'apiDefinition.swagger.json': swagger(OPERATIONS, { info: { title: 'T', version: '1', 'x-pad': pad } }),
    });
    const small = await folder('small', { 'apiDefinition.swagger.json': WITHOUT_GET });
    for (const [old, next] of [
      [big, small],
      [small, big],
      [big, big],
    ]) {
      const r = await cli('diff', old, next);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/big\/apiDefinition\.swagger\.json: too large to compare \(9\.0 MB; the limit is 8 MB/);
      expect(r.stderr).not.toContain('new connector');
    }
  });
});

describe('ppc-lint diff: an apiProperties.json with a syntax error is compared as far as it can be read', () => {
  interface Finding {
    code: string;
    severity: number;
    source: string;
    message: string;
    range: { start: { line: number; character: number } };
  }
  const findings = (stdout: string): Finding[] => JSON.parse(stdout) as Finding[];
  const text = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

  it('without its last brace (as merged connectors have it): compared, with one located warning', async () => {
    const old = await folder('old', { 'apiDefinition.swagger.json': DEF, 'apiProperties.json': PROPS });
    const cut = text(OAUTH_PROPS).trimEnd().replace(/\}$/, '');
    const next = await folder('new', { 'apiDefinition.swagger.json': DEF, 'apiProperties.json': cut });
    const r = await cli('diff', old, next, '-f', 'json');
    const all = findings(r.stdout);
    // What could be read was compared: the api_key parameter was replaced by an OAuth one.
    expect(all.map((d) => d.code)).toContain('ppc-bc-auth-type-stable');
    const partial = all.filter((d) => d.code === 'ppc-bc-partial-comparison');
    const lines = cut.split('\n');
    const line = lines.length - 1;
    expect(partial).toEqual([
      expect.objectContaining({
        severity: 1,
        source: path.join(next, 'apiProperties.json'),
        range: expect.objectContaining({ start: { line, character: lines[line]?.length } }),
      }),
    ]);
    expect(partial[0]?.message).toContain(
      `"New apiProperties.json" has a JSON syntax error at line ${line + 1}, column ${(lines[line]?.length ?? 0) + 1}: Close brace expected.`,
    );
    expect(partial[0]?.message).toContain('compared as far as it could be read');
    // A note on how the files were compared, not a breaking change of its own.
    expect(r.stderr).not.toContain('major because: ppc-bc-partial-comparison');
  });

  it('an error on the old side is reported there; the same file cut short on both sides is a minor update', async () => {
    const broken = text(PROPS).replace('"type": "securestring",', '"type": "securestring"');
    const old = await folder('old', { 'apiDefinition.swagger.json': DEF, 'apiProperties.json': broken });
    const next = await folder('new', { 'apiDefinition.swagger.json': DEF, 'apiProperties.json': text(PROPS) });
    const r = await cli('diff', old, next, '-f', 'json');
    const partial = findings(r.stdout).filter((d) => d.code === 'ppc-bc-partial-comparison');
    expect(partial.map((d) => [d.source, d.severity])).toEqual([[path.join(old, 'apiProperties.json'), 1]]);
    expect(partial[0]?.message).toMatch(
      /^"Old apiProperties\.json" has a JSON syntax error at line 6, column 9: Comma expected \(a missing comma/,
    );
    const same = await folder('same', { 'apiDefinition.swagger.json': DEF, 'apiProperties.json': broken });
    const both = await cli('diff', old, same, '-f', 'json');
    expect(findings(both.stdout).filter((d) => d.code === 'ppc-bc-partial-comparison')).toHaveLength(2);
    expect(both.stderr).toContain('minor update');
  });

  it('a comment or a trailing comma loses nothing: no warning, on apiProperties.json or the definition', async () => {
    const old = await folder('old', { 'apiDefinition.swagger.json': DEF, 'apiProperties.json': PROPS });
    const next = await folder('new', {
      'apiDefinition.swagger.json': JSON.stringify(DEF).replace(/}$/, ',}'),
      'apiProperties.json': text(PROPS).replace(/\n}\n$/, ',\n}\n'),
    });
    const r = await cli('diff', old, next, '-f', 'json');
    expect(codes(r.stdout)).toEqual(['ppc-json-valid', 'ppc-json-valid']);
  });
});

describe('ppc-lint diff --base', () => {
  let repo: string;
  let conn: string;

  beforeEach(async () => {
    repo = path.join(root(), 'repo');
    conn = path.join(repo, 'conn ector');
    await fs.mkdir(conn, { recursive: true });
    git(repo, 'init', '-q');
    await fs.writeFile(path.join(conn, 'apiDefinition.swagger.json'), JSON.stringify(DEF, null, 2));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'v1');
    git(repo, 'tag', 'v1');
    await fs.writeFile(path.join(conn, 'apiDefinition.swagger.json'), JSON.stringify(WITHOUT_GET, null, 2));
  });

  it('takes a definition file as well as a folder', async () => {
    const r = await cli('diff', '--base', 'v1', path.join(conn, 'apiDefinition.swagger.json'), '-f', 'json');
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(1);
    expect(codes(r.stdout)).toEqual(['ppc-bc-operation-removed']);
  });

  it('exits 2 for a definition that is a symbolic link at the ref', async () => {
    await fs.writeFile(path.join(conn, 'real.json'), JSON.stringify(DEF));
    await fs.rm(path.join(conn, 'apiDefinition.swagger.json'));
    await fs.symlink('real.json', path.join(conn, 'apiDefinition.swagger.json'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'link');
    await fs.rm(path.join(conn, 'apiDefinition.swagger.json'));
    await fs.writeFile(path.join(conn, 'apiDefinition.swagger.json'), JSON.stringify(DEF));
    const r = await cli('diff', '--base', 'HEAD', conn, '-f', 'json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'HEAD:conn ector/apiDefinition.swagger.json: cannot be read: it is a symbolic link in git; make it a regular file',
    );
  });

  it('is new when the ref has no definition and no apiProperties.json for the folder', async () => {
    const fresh = path.join(repo, 'fresh');
    await fs.mkdir(fresh);
    await fs.writeFile(path.join(fresh, 'apiDefinition.swagger.json'), JSON.stringify(DEF));
    const r = await cli('diff', '--base', 'v1', fresh);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('is a new connector (no old version at v1)');
  });
});
