import { spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLValidator } from 'fast-xml-parser';
import { ROOT, VALID_DIR, validSwagger } from '../helpers/lint';

const CLI = path.join(ROOT, 'dist/cli.js');
const ajv = new AjvDraft04({ strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object);

/** The `npx ppc-lint …` lines of the README's CLI section, comments removed. */
function documentedCommands(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use the CLI'), readme.indexOf('## Use the library'));
  return section
    .split('\n')
    .filter((l) => l.startsWith('npx ppc-lint '))
    .map((l) => l.replace(/\s+#.*$/, '').trim());
}

/** A working folder with ./MyConnector (one error) and ./connectors/{Good,Broken}, as the README's examples assume. */
async function workspace(): Promise<string> {
  const cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-readme-'));
  for (const rel of ['MyConnector', 'connectors/Good', 'connectors/Broken']) {
    await fs.mkdir(path.join(cwd, rel), { recursive: true });
    for (const name of await fs.readdir(VALID_DIR))
      await fs.copyFile(path.join(VALID_DIR, name), path.join(cwd, rel, name));
  }
  return cwd;
}

/** What some documented commands need first: a git history with `origin/dev`, a baseline file. */
function prepareFor(command: string, cwd: string): void {
  const git = (...args: string[]): void => {
    const r = spawnSync('git', ['-c', 'user.name=ppc', '-c', 'user.email=ppc@example.com', ...args], {
      cwd,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  if (command.includes('--base ')) {
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'valid connectors');
    git('update-ref', 'refs/remotes/origin/dev', 'HEAD');
  }
  const baseline = /--baseline (\S+)/.exec(command)?.[1];
  if (baseline)
    spawnSync(process.execPath, [CLI, 'lint', './MyConnector', '--write-baseline', baseline, '-q'], {
      cwd,
      encoding: 'utf8',
    });
}

/** Break the connectors after any baseline or commit, so the title error is what the run reports as new. */
async function breakConnectors(cwd: string): Promise<void> {
  const broken = validSwagger();
  broken.info.title = 'Broken API';
  // A summary ending with a period: something `ppc-lint fix` mends.
  const get = broken.paths['/tasks/{taskId}'].get;
  get.summary = `${String(get.summary)}.`;
  await fs.writeFile(path.join(cwd, 'connectors/Broken/apiDefinition.swagger.json'), JSON.stringify(broken, null, 4));
  await fs.writeFile(path.join(cwd, 'MyConnector/apiDefinition.swagger.json'), JSON.stringify(broken, null, 4));
}

function checkReport(file: string): void {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) expect(Array.isArray(JSON.parse(text))).toBe(true);
  if (file.endsWith('.sarif')) expect(validateSarif(JSON.parse(text))).toBe(true);
  if (file.endsWith('.xml')) expect(XMLValidator.validate(text)).toBe(true);
}

describe('every command the README documents runs as written (built dist/cli.js)', () => {
  const commands = documentedCommands();

  it('the README documents the commands', () => {
    expect(commands.length).toBeGreaterThanOrEqual(8);
    expect(commands.some((c) => c.startsWith('npx ppc-lint rules'))).toBe(true);
    expect(commands.some((c) => c.startsWith('npx ppc-lint explain'))).toBe(true);
  });

  it.each(commands)(
    '%s',
    async (command) => {
      const cwd = await workspace();
      prepareFor(command, cwd);
      await breakConnectors(cwd);
      const shell = command.replace(/^npx ppc-lint/, `"${process.execPath}" "${CLI}"`);
      const r = spawnSync('sh', ['-c', shell], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
      expect({ command, stderr: r.stderr, status: r.status === 0 || r.status === 1 }).toEqual({
        command,
        stderr: expect.not.stringMatching(/internal error|Error:|no such file/),
        status: true,
      });
      for (const m of command.matchAll(/(?:-o|--output\.[a-z-]+) (\S+)/g)) checkReport(path.join(cwd, m[1]));
      if (/ -o /.test(command)) {
        expect(r.stdout).toBe('');
      } else {
        expect(r.stdout.length).toBeGreaterThan(0);
        if (command.includes('--format json')) expect(() => JSON.parse(r.stdout)).not.toThrow();
        if (command.includes('github-actions')) expect(r.stdout).toMatch(/^::(error|warning|notice) /m);
      }
      if (command.startsWith('npx ppc-lint lint')) expect(r.status).toBe(1); // the title error fails the run
    },
    300_000,
  );
});
