import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { configFor, configLookups, parseConfig } from '../../src/config';
import { PpcInputError } from '../../src/connector/errors';
import { lintJson, swaggerText, tempDir, TITLE_API, writeConnector } from './helpers';

const BOM_PROPS =
  '\ufeff{"properties": {"iconBrandColor": "#0f6cbd", "publisher": "Contoso", "stackOwner": "Contoso"}}';

/** A project folder with a config and a connector whose title contains "API" and whose apiProperties has a BOM. */
async function project(config: string | null, name = '.spectral.yaml'): Promise<{ root: string; connector: string }> {
  const root = tempDir();
  const connector = await writeConnector(path.join(root, 'MyConnector'), {
    'apiDefinition.swagger.json': swaggerText([TITLE_API]),
    'apiProperties.json': BOM_PROPS,
  });
  if (config !== null) await fs.writeFile(path.join(root, name), config);
  return { root, connector };
}

const codes = (findings: Array<{ code: string }>): string[] => findings.map((f) => f.code);

describe('ppc-lint honours the nearest Spectral ruleset file', () => {
  it('without a config, both the Spectral rule and the folder rule report at their profile severity', async () => {
    const { connector } = await project(null);
    const r = await lintJson(connector);
    expect(r.code).toBe(1);
    expect(r.findings.find((f) => f.code === 'ppc-title-no-api-connector')?.severity).toBe(0);
    expect(r.findings.find((f) => f.code === 'ppc-json-no-bom')?.severity).toBe(1);
  });

  it('turns a Spectral rule off and re-levels a folder rule from a .spectral.yaml in a parent folder', async () => {
    const { connector } = await project(
      'extends: ["spectral-power-platform"]\nrules:\n  ppc-title-no-api-connector: off\n  ppc-json-no-bom: error\n',
    );
    const r = await lintJson(connector);
    expect(codes(r.findings)).not.toContain('ppc-title-no-api-connector');
    expect(r.findings.find((f) => f.code === 'ppc-json-no-bom')?.severity).toBe(0);
    expect(r.code).toBe(1);
  });

  it('reads .spectral.json and accepts true/false and warn', async () => {
    const { connector } = await project(
      JSON.stringify({
        extends: 'spectral-power-platform',
        rules: { 'ppc-title-no-api-connector': 'warn', 'ppc-json-no-bom': false },
      }),
      '.spectral.json',
    );
    const r = await lintJson(connector);
    expect(r.findings.find((f) => f.code === 'ppc-title-no-api-connector')?.severity).toBe(1);
    expect(codes(r.findings)).not.toContain('ppc-json-no-bom');
    expect(r.code).toBe(0);
  });

  it('applies overrides with a JSON pointer to that location only', async () => {
    const config = [
      'extends: spectral-power-platform',
      'overrides:',
      '  - files: ["MyConnector/apiDefinition.swagger.json#/info/title"]',
      '    rules:',
      '      ppc-title-no-api-connector: off',
      '  - files: ["**/apiProperties.json"]',
      '    rules:',
      '      ppc-json-no-bom: hint',
      '',
    ].join('\n');
    const off = await lintJson((await project(config)).connector);
    expect(codes(off.findings)).not.toContain('ppc-title-no-api-connector');
    expect(off.findings.find((f) => f.code === 'ppc-json-no-bom')?.severity).toBe(3);
    const elsewhere = await lintJson((await project(config.replace('#/info/title', '#/info/description'))).connector);
    expect(codes(elsewhere.findings)).toContain('ppc-title-no-api-connector');
  });

  it('a pointer covers everything under it, and the last matching override wins', async () => {
    const override = (pointer: string, severity: string): string =>
      `  - files: ["MyConnector/apiDefinition.swagger.json#${pointer}"]\n    rules:\n      ppc-title-no-api-connector: ${severity}\n`;
    const under = await lintJson((await project(`overrides:\n${override('/info', 'off')}`)).connector);
    expect(codes(under.findings)).not.toContain('ppc-title-no-api-connector');
    const last = await lintJson(
      (await project(`overrides:\n${override('/info', 'off')}${override('/info/title', 'hint')}`)).connector,
    );
    expect(last.findings.find((f) => f.code === 'ppc-title-no-api-connector')?.severity).toBe(3);
    const sibling = await lintJson((await project(`overrides:\n${override('/info/titl', 'off')}`)).connector);
    expect(codes(sibling.findings)).toContain('ppc-title-no-api-connector');
  });

  it('picks the profile from extends, and a rule the profile leaves out runs when the config turns it on', async () => {
    const custom = await lintJson(
      (await project('extends: [["spectral-power-platform/custom", "recommended"]]\n')).connector,
    );
    expect(custom.stderr).toContain('(custom profile)');
    expect(codes(custom.findings)).not.toContain('ppc-title-no-api-connector');
    const enabled = await lintJson(
      (await project('extends: spectral-power-platform/custom\nrules:\n  ppc-title-no-api-connector: error\n'))
        .connector,
    );
    expect(codes(enabled.findings)).toContain('ppc-title-no-api-connector');
  });

  it('an apiProperties.json rule the profile leaves out runs when the config turns it on', async () => {
    const without = await lintJson((await project('extends: spectral-power-platform\n')).connector);
    expect(codes(without.findings)).not.toContain('ppc-brand-color-ip');
    const enabled = await lintJson(
      (await project('extends: spectral-power-platform\nrules:\n  ppc-brand-color-ip: warn\n')).connector,
    );
    expect(enabled.findings.filter((f) => f.code === 'ppc-brand-color-ip').map((f) => f.severity)).toEqual([1]);
  });

  it('[spectral-power-platform, off] starts with every rule off; only the rules the file turns on report', async () => {
    const r = await lintJson(
      (await project('extends: [["spectral-power-platform", "off"]]\nrules:\n  ppc-json-no-bom: error\n')).connector,
    );
    expect(codes(r.findings)).toEqual(['ppc-json-no-bom']);
    expect(r.code).toBe(1);
  });

  it('a spectral:oas rule the profile turns off runs when the config turns it on', async () => {
    const { connector } = await project(null);
    expect(codes((await lintJson(connector)).findings)).not.toContain('info-license');
    const { connector: configured } = await project('extends: spectral-power-platform\nrules:\n  info-license: info\n');
    expect((await lintJson(configured)).findings.find((f) => f.code === 'info-license')?.severity).toBe(2);
  });

  it('an explicit --profile wins over extends; --ruleset names the file to use', async () => {
    const { root, connector } = await project('extends: spectral-power-platform/custom\n');
    expect((await lintJson(connector, '--profile', 'certified')).stderr).toContain('(certified profile)');
    const other = path.join(root, 'strict.yaml');
    await fs.writeFile(other, 'extends: spectral-power-platform\nrules:\n  ppc-json-no-bom: off\n');
    const r = await lintJson(connector, '--ruleset', other);
    expect(r.stderr).toContain('(certified profile)');
    expect(codes(r.findings)).not.toContain('ppc-json-no-bom');
    expect(codes(r.findings)).toContain('ppc-title-no-api-connector');
  });

  it('a nearer JavaScript ruleset is not run: ppc-lint says so and does not use a YAML file further up', async () => {
    const { root } = await project('rules:\n  ppc-title-no-api-connector: off\n');
    const connector = await writeConnector(path.join(root, 'js', 'MyConnector'), {
      'apiDefinition.swagger.json': swaggerText([TITLE_API]),
    });
    await fs.writeFile(
      path.join(root, 'js', '.spectral.js'),
      'module.exports = { extends: ["spectral-power-platform"] };\n',
    );
    const r = await lintJson(connector);
    expect(codes(r.findings)).toContain('ppc-title-no-api-connector');
    expect(r.stderr).toMatch(/\.spectral\.js: ppc-lint does not read JavaScript rulesets/);
    const given = await lintJson(connector, '--ruleset', path.join(root, 'js', '.spectral.js'));
    expect(given.code).toBe(2);
  });

  it('stops looking at the git work tree root', async () => {
    const { root } = await project('rules:\n  ppc-title-no-api-connector: off\n');
    const repo = path.join(root, 'repo');
    const connector = await writeConnector(path.join(repo, 'MyConnector'), {
      'apiDefinition.swagger.json': swaggerText([TITLE_API]),
    });
    await fs.mkdir(path.join(repo, '.git'));
    expect(codes((await lintJson(connector)).findings)).toContain('ppc-title-no-api-connector');
  });

  it.each([
    ['rules:\n  ppc-title-no-api-conector: off\n', /\.spectral\.yaml:2:3: unknown rule "ppc-title-no-api-conector"/],
    [
      'rules:\n  ppc-title-no-api-connector: loud\n',
      /\.spectral\.yaml:2:3: rule "ppc-title-no-api-connector" has setting "loud"/,
    ],
    ['rules: [\n', /\.spectral\.yaml:\d+:\d+: invalid YAML\/JSON/],
    [
      'overrides:\n  - files: ["a.json#info"]\n    rules: {ppc-json-no-bom: off}\n',
      /\.spectral\.yaml:2:\d+: "a\.json#info": the part after # must be a JSON pointer/,
    ],
    ['extends: [[spectral-power-platform, loud]]\n', /\.spectral\.yaml:1:\d+: each "extends" entry/],
    [
      'rulez:\n  ppc-json-no-bom: off\n',
      /\.spectral\.yaml:1:1: a ruleset file must have "extends", "rules" or "overrides"; it has none/,
    ],
    [
      // A "billion laughs" alias bomb: refused by the YAML reader, said where, not an internal error.
      [
        'a: &a [x, x, x, x, x, x, x, x, x]',
        ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
        'rules: *h',
        '',
      ].join('\n'),
      /\.spectral\.yaml:1:1: cannot be read as a ruleset \(Excessive alias count/,
    ],
  ])('a broken config is exit 2 with a located one-line error: %j', async (config, message) => {
    const r = await lintJson((await project(config)).connector);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('a repeated key is located, in any mapping; 40,000 keys parse in seconds (the check was quadratic)', () => {
    expect(() => parseConfig('rules:\n  ppc-json-no-bom: off\n  ppc-json-no-bom: warn\n', '/x/.spectral.yaml')).toThrow(
      '/x/.spectral.yaml:3:3: invalid YAML/JSON: Map keys must be unique',
    );
    expect(() => parseConfig('extends: [spectral-power-platform]\nextends: []\n', '/x/.spectral.yaml')).toThrow(
      '/x/.spectral.yaml:2:1: invalid YAML/JSON: Map keys must be unique',
    );
    const wide = `extends: [spectral-power-platform]\nx-notes:\n${Array.from({ length: 40_000 }, (_, i) => `  k${i}: 1\n`).join('')}`;
    const started = performance.now();
    expect(parseConfig(wide, '/x/.spectral.yaml').profile).toBe('certified');
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('rule ids of other rulesets are accepted (they run in spectral-cli only) and noted', () => {
    const config = parseConfig(
      'extends: ["spectral-power-platform", "@acme/rules"]\nrules:\n  acme-thing: off\n  ppc-json-no-bom: warn\n',
      '/x/.spectral.yaml',
    );
    expect(config.rules.get('ppc-json-no-bom')).toBe('warn');
    expect(config.notes.join('\n')).toContain('"@acme/rules"');
    expect(() => parseConfig('rules:\n  acme-thing: off\n', '/x/.spectral.yaml')).toThrow(PpcInputError);
  });

  it.each([
    ['spectral-power-platform', 'certified'],
    ['spectral-power-platform/independent-publisher', 'independent-publisher'],
    ['./node_modules/spectral-power-platform/dist/vscode/custom.mjs', 'custom'],
    ['spectral:oas', undefined],
  ])('extends %s picks the %s profile', (name, profile) => {
    expect(parseConfig(`extends: ["${name}"]\n`, '/x/.spectral.yaml').profile).toBe(profile);
  });

  it('does not trip over keys such as constructor or __proto__', () => {
    expect(() => parseConfig('rules:\n  constructor: off\n', '/x/.spectral.yaml')).toThrow(
      /unknown rule "constructor"/,
    );
    expect(() => parseConfig('rules:\n  __proto__: off\n', '/x/.spectral.yaml')).toThrow(/unknown rule "__proto__"/);
  });
});

describe('config lookups shared within one run', () => {
  it('find the same configs as separate lookups, reading each file and checking each folder once', async () => {
    const { root, connector } = await project('extends: ["spectral-power-platform"]\nrules:\n  ppc-json-no-bom: off\n');
    const second = await writeConnector(path.join(root, 'Second'), { 'apiDefinition.swagger.json': swaggerText() });
    const nested = await writeConnector(path.join(root, 'group', 'Nested'), {
      'apiDefinition.swagger.json': swaggerText(),
    });
    await fs.writeFile(path.join(root, 'group', '.spectral.json'), '{"rules": {"ppc-title-no-api-connector": "off"}}');

    const lookups = configLookups();
    const shared = await Promise.all([connector, second, nested].map((t) => configFor(t, undefined, lookups)));
    const separate = await Promise.all([connector, second, nested].map((t) => configFor(t)));
    expect(shared.map((c) => c?.file)).toEqual(separate.map((c) => c?.file));
    expect(shared.map((c) => c?.file)).toEqual([
      path.join(root, '.spectral.yaml'),
      path.join(root, '.spectral.yaml'),
      path.join(root, 'group', '.spectral.json'),
    ]);
    // The two connectors under the root share one read of its config; separate lookups read it twice.
    expect(shared[0]).toBe(shared[1]);
    expect(separate[0]).not.toBe(separate[1]);
    expect(separate[0]).toEqual(shared[0]);
    // Each folder's answer is kept for the run: the root's and the group's.
    expect(await lookups.nearest.get(root)).toBe(path.join(root, '.spectral.yaml'));
    expect(await lookups.nearest.get(path.join(root, 'group'))).toBe(path.join(root, 'group', '.spectral.json'));
  });

  it('a broken config still fails every lookup that reaches it', async () => {
    const { root, connector } = await project('rules: [not, a, map\n');
    const second = await writeConnector(path.join(root, 'Second'), { 'apiDefinition.swagger.json': swaggerText() });
    const lookups = configLookups();
    await expect(configFor(connector, undefined, lookups)).rejects.toThrow(PpcInputError);
    await expect(configFor(second, undefined, lookups)).rejects.toThrow(PpcInputError);
  });
});

// Symbolic links need no privilege on Linux and macOS only.
const linkIt = process.platform === 'win32' ? it.skip : it;

describe('a found ruleset file that is a symbolic link', () => {
  /** A repository (a `.git` folder) with a connector, and a folder beside it that is not in the repository. */
  async function repoWithLink(target: (repo: string, outside: string) => string) {
    const root = tempDir();
    const repo = path.join(root, 'repo');
    const outside = path.join(root, 'runner-home');
    await fs.mkdir(path.join(repo, '.git'), { recursive: true });
    await fs.mkdir(outside);
    // Not a ruleset: were it read, the parse error would quote it.
    await fs.writeFile(path.join(outside, 'secret.yaml'), 'TOKEN-s3cr3t: [\n');
    await fs.writeFile(path.join(outside, 'rules.yaml'), 'rules:\n  ppc-title-no-api-connector: off\n');
    const connector = await writeConnector(path.join(repo, 'MyConnector'), {
      'apiDefinition.swagger.json': swaggerText([TITLE_API]),
    });
    const link = path.join(repo, '.spectral.yaml');
    await fs.symlink(target(repo, outside), link);
    return { root, repo, outside, connector, link };
  }

  linkIt('leaving the git work tree is exit 2 with one line naming the link, and is not read', async () => {
    const { connector, link, outside } = await repoWithLink((_, out) => path.join(out, 'secret.yaml'));
    const r = await lintJson(connector);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(
      `${link}: ruleset file not read: it is a symbolic link to a file outside the git work tree`,
    );
    expect(r.stderr).not.toContain('s3cr3t');
    // A relative link out of the repository is the same; so is a valid ruleset out there.
    await fs.rm(link);
    await fs.symlink(path.relative(path.dirname(link), path.join(outside, 'rules.yaml')), link);
    expect((await lintJson(connector)).stderr).toMatch(/ruleset file not read/);
  });

  linkIt('staying inside the work tree is read', async () => {
    const { repo, connector } = await repoWithLink(() => 'shared/rules.yaml');
    await fs.mkdir(path.join(repo, 'shared'));
    await fs.writeFile(path.join(repo, 'shared', 'rules.yaml'), 'rules:\n  ppc-title-no-api-connector: off\n');
    const r = await lintJson(connector);
    expect(r.stderr).not.toMatch(/not read/);
    expect(codes(r.findings)).not.toContain('ppc-title-no-api-connector');
  });

  linkIt('a link named with --ruleset is the user’s choice and is read wherever it points', async () => {
    const { connector, link } = await repoWithLink((_, out) => path.join(out, 'rules.yaml'));
    const r = await lintJson(connector, '--ruleset', link);
    expect(r.stderr).not.toMatch(/not read/);
    expect(codes(r.findings)).not.toContain('ppc-title-no-api-connector');
  });

  linkIt('without a .git folder, a link must stay in its own folder', async () => {
    const { repo, outside, connector, link } = await repoWithLink((_, out) => path.join(out, 'rules.yaml'));
    await fs.rm(path.join(repo, '.git'), { recursive: true });
    await expect(configFor(connector)).rejects.toThrow(`${link}: ruleset file not read`);
    await expect(configFor(connector)).rejects.toThrow(/outside its folder/);
    await fs.rm(link);
    await fs.copyFile(path.join(outside, 'rules.yaml'), path.join(repo, 'real.yaml'));
    await fs.symlink('real.yaml', link);
    expect((await configFor(connector))?.rules.get('ppc-title-no-api-connector')).toBe('off');
  });

  linkIt('a JavaScript ruleset linked out of the repository is refused the same way', async () => {
    const { repo, outside, connector } = await repoWithLink((_, out) => path.join(out, 'rules.yaml'));
    await fs.rm(path.join(repo, '.spectral.yaml'));
    await fs.writeFile(path.join(outside, 'rules.js'), 'module.exports = {};\n');
    await fs.symlink(path.join(outside, 'rules.js'), path.join(repo, '.spectral.js'));
    await expect(configFor(connector)).rejects.toThrow(/\.spectral\.js: ruleset file not read/);
  });
});
