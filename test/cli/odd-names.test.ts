import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { expandTargets } from '../../src/batch';
import { connectorFoldersFor, unquoteGitPath } from '../../src/changed-files';
import { cli, useTempDir } from '../helpers/cli';
import { git } from '../helpers/git';
import { validSwagger } from '../helpers/lint';

/**
 * Connector folder names a glob library misreads or cannot match: controls, glob syntax, option and comment
 * look-alikes, spaces, non-ASCII, a backslash, a dot name. Each must be linted, found in a tree or named directly.
 */
const ODD_NAMES = [
  'new\nline',
  'cr\rx',
  'tab\tx',
  '[br]',
  'a]b',
  '{a,b}',
  'a{b',
  '(p)',
  'st*r',
  'q?x',
  '!bang',
  '+(plus)',
  '@(at)',
  '*(star)',
  '-dash',
  '#hash',
  'sp ace',
  'ünïcödé',
  'back\\slash',
  '.dot',
];

// Windows allows none of the control characters and few of the others in file names.
const describePosix = process.platform === 'win32' ? describe.skip : describe;

interface Finding {
  code: string;
  source: string;
}

describePosix('connector folders with odd names', () => {
  const tmp = useTempDir('ppc-odd-');

  /** tmp/tree/<name>/apiDefinition.swagger.json for each name, each with a title every profile reports. */
  async function oddTree(names: readonly string[] = ODD_NAMES): Promise<string> {
    const tree = path.join(tmp(), 'tree');
    const swagger = validSwagger();
    swagger.info.title = 'Odd API Connector';
    for (const name of names) {
      await fs.mkdir(path.join(tree, name), { recursive: true });
      await fs.writeFile(path.join(tree, name, 'apiDefinition.swagger.json'), JSON.stringify(swagger, null, 4));
    }
    return tree;
  }

  /** The top folder under `tree` of every finding's file, each once. */
  function linted(stdout: string, tree: string): string[] {
    const findings = JSON.parse(stdout) as Finding[];
    expect(findings.filter((f) => f.code === 'ppc-title-no-api-connector').length).toBeGreaterThan(0);
    // Each finding names a file that is there (Spectral's own path would read a backslash as a separator).
    for (const f of findings) expect(existsSync(f.source)).toBe(true);
    return [...new Set(findings.map((f) => path.relative(tree, f.source).split(path.sep)[0]))].sort();
  }

  it('a tree walk finds every one of them, and the summary counts them', async () => {
    const tree = await oddTree();
    expect((await expandTargets([tree])).targets).toEqual(ODD_NAMES.map((n) => path.join(tree, n)).sort());
    const r = await cli('lint', tree, '-f', 'json', '-j', '1');
    expect(linted(r.stdout, tree)).toEqual([...ODD_NAMES].sort());
    expect(r.stderr).toContain(`${ODD_NAMES.length} folders: `);
    expect(r.stderr).toContain(` in ${ODD_NAMES.length} connectors (`);
  });

  it('a folder named on the command line is that folder, never a pattern', async () => {
    const tree = await oddTree();
    // `[br]` as a glob would be `b` or `r`, `{a,b}` `a` or `b`: folders that exist too, and must not be linted.
    await oddTree(['b', 'r', 'a', 'p']);
    const dirs = ODD_NAMES.map((n) => path.join(tree, n));
    const r = await cli('lint', '-f', 'json', '-j', '1', '--', ...dirs);
    expect(linted(r.stdout, tree)).toEqual([...ODD_NAMES].sort());
    expect(r.stderr).toContain(` in ${ODD_NAMES.length} connectors (`);
    for (const name of ODD_NAMES) {
      // Relative names too, a leading `-`, `!` or `#` included.
      expect(await expandTargets([name], tree)).toEqual({ targets: [path.join(tree, name)], missing: [] });
    }
  });

  it('a glob matches each name whole, newlines included', async () => {
    const tree = await oddTree();
    const visible = ODD_NAMES.filter((n) => !n.startsWith('.')).map((n) => path.join(tree, n));
    // `*` and `**` skip dot names, as a shell glob does; everything else is matched.
    expect((await expandTargets(['tree/*'], tmp())).targets).toEqual(visible.sort());
    const files = visible.map((d) => path.join(d, 'apiDefinition.swagger.json')).sort();
    expect((await expandTargets(['tree/**/*.swagger.json'], tmp())).targets).toEqual(files);
    expect((await expandTargets([`${tree}/**/apiDefinition.swagger.json`], tmp())).targets).toEqual(files);
    expect((await expandTargets(['tree/new?line', 'tree/\\[br\\]', 'tree/!b*', 'tree/#h*'], tmp())).targets).toEqual(
      ['new\nline', '[br]', '!bang', '#hash'].map((n) => path.join(tree, n)).sort(),
    );
  });

  it('a tree walk finds a connector nested under odd names, and one whose definition is a link', async () => {
    const tree = await oddTree(['new\nline/[deep]/{x}']);
    await fs.mkdir(path.join(tree, 'linked'));
    await fs.symlink(
      path.join(tree, 'new\nline/[deep]/{x}/apiDefinition.swagger.json'),
      path.join(tree, 'linked', 'apiDefinition.swagger.json'),
    );
    expect((await expandTargets([tree])).targets).toEqual(
      [path.join(tree, 'linked'), path.join(tree, 'new\nline/[deep]/{x}')].sort(),
    );
  });

  it('--files-from-changes lints the connector of every changed file, whatever its folder is called', async () => {
    const tree = await oddTree();
    const files = ODD_NAMES.map((n) => path.join(tree, n, 'apiDefinition.swagger.json'));
    expect(await connectorFoldersFor(files)).toEqual(ODD_NAMES.map((n) => path.join(tree, n)).sort());
    // The changed folder stands for the connectors under it.
    expect(await connectorFoldersFor([tree])).toEqual(ODD_NAMES.map((n) => path.join(tree, n)).sort());
    const r = await cli('lint', '--files-from-changes', '-f', 'json', '-j', '1', '--', ...files);
    expect(linted(r.stdout, tree)).toEqual([...ODD_NAMES].sort());
    expect(r.stderr).toContain(` in ${ODD_NAMES.length} connectors (`);
  });

  it('--files-from-changes reads back the names `git diff --name-only` quotes (controls, non-ASCII, backslash)', async () => {
    const tree = await oddTree();
    git(tree, 'init', '-q');
    git(tree, 'add', '-A');
    const listed = git(tree, '-c', 'core.quotePath=true', 'ls-files').split('\n').filter(Boolean);
    // git quotes the names with a control character, a backslash or non-ASCII; the list is read line by line.
    expect(listed.filter((l) => l.startsWith('"')).length).toBe(5);
    const cwd = process.cwd();
    process.chdir(tree);
    try {
      expect(await connectorFoldersFor(listed)).toEqual(ODD_NAMES.map((n) => path.join(tree, n)).sort());
      const r = await cli('lint', '--files-from-changes', '-f', 'json', '-j', '1', '--', ...listed);
      expect(linted(r.stdout, tree)).toEqual([...ODD_NAMES].sort());
    } finally {
      process.chdir(cwd);
    }
    expect(unquoteGitPath('"Soci\\303\\251t\\303\\251/a\\nb\\\\c\\"d"')).toBe('Société/a\nb\\c"d');
    expect(unquoteGitPath('plain')).toBeUndefined();
    expect(unquoteGitPath('"bad\\q"')).toBeUndefined();
  });
});
