import { promises as fs, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cli, type CliRun, useTempDir } from '../helpers/cli';
import { validSwagger, VALID_DIR } from '../helpers/lint';
import { renameKey } from '../fix/helpers';

/** A name that would start a GitHub workflow command on its own line, then colour the terminal, if printed raw. */
const EVIL = 'evil\n::error file=x::pwn\n\u001b[31mred';
const ESCAPED = 'evil\\n::error file=x::pwn\\n\\u001b[31mred';

/** Nothing on stderr starts a workflow command or holds a raw ESC or CR; `shown` is there, escaped. */
function expectEscaped(run: CliRun, shown = true): void {
  // eslint-disable-next-line no-control-regex -- the raw controls are what must not be there.
  expect(run.stderr).not.toMatch(/[\u001b\r]/);
  expect(run.stderr.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([]);
  if (shown) expect(run.stderr).toContain(ESCAPED);
}

// Windows allows neither a newline nor ESC in a file name.
const describePosix = process.platform === 'win32' ? describe.skip : describe;

describePosix('every stderr line with a path or a user text is escaped', () => {
  const tmp = useTempDir('ppc-stderr-');

  async function connector(name: string, swagger: unknown = validSwagger()): Promise<string> {
    const dir = path.join(tmp(), name);
    await fs.mkdir(dir, { recursive: true });
    for (const file of await fs.readdir(VALID_DIR)) await fs.copyFile(path.join(VALID_DIR, file), path.join(dir, file));
    await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), JSON.stringify(swagger, null, 2));
    return dir;
  }

  /** A report file that cannot be written: its folder is not there. */
  // Below a file: no folder can be made there.
  const unwritable = (): string => {
    const blocker = path.join(tmp(), `${EVIL}-file`);
    writeFileSync(blocker, '');
    return path.join(blocker, 'report.json');
  };

  it('lint: a missing target and a report that cannot be written', async () => {
    const dir = await connector('ok');
    expectEscaped(await cli('lint', path.join(tmp(), EVIL), dir));
    const r = await cli('lint', dir, '-f', 'json', '-o', unwritable());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write');
    expectEscaped(r);
  });

  it('fix: a missing target, a target that cannot be read, a report that cannot be written', async () => {
    const missing = await cli('fix', '--dry-run', path.join(tmp(), EVIL));
    expect(missing.code).toBe(2);
    expectEscaped(missing);
    // A broken link is a target that is there but cannot be read: fixConnector's error names it.
    await fs.symlink(path.join(tmp(), 'nowhere'), path.join(tmp(), EVIL));
    const broken = await cli('fix', '--dry-run', path.join(tmp(), EVIL));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('cannot read');
    expectEscaped(broken);
    const dir = await connector('ok');
    const report = await cli('fix', dir, '-f', 'json', '-o', unwritable());
    expect(report.code).toBe(2);
    expectEscaped(report);
  });

  it('fix: a withheld fix names its file escaped', async () => {
    // Renaming `x-ms-summay` makes ppc-x-ms-summary-type report the number, which no fix mends: withheld.
    const swagger = validSwagger();
    const props = swagger.definitions.NewTask.properties as Record<string, Record<string, unknown>>;
    const title = renameKey(props.title, 'x-ms-summary', 'x-ms-summay');
    title['x-ms-summay'] = 5;
    props.title = title;
    const dir = await connector(EVIL, swagger);
    const r = await cli('fix', '--dry-run', dir);
    expect(r.stderr).toContain('did not apply the ppc-x-ms-unknown fix');
    expectEscaped(r);
  });

  it('diff: a new connector, an unreadable side, the reasons for a major update, a report that cannot be written', async () => {
    const dir = await connector('new');
    expectEscaped(await cli('diff', path.join(tmp(), EVIL), dir));
    // A folder with neither a definition nor apiProperties.json cannot be compared: its error names it.
    await fs.mkdir(path.join(tmp(), EVIL));
    const unreadable = await cli('diff', path.join(tmp(), EVIL), dir);
    expect(unreadable.code).toBe(2);
    expectEscaped(unreadable);
    // A path key with the name in it: its removal is a reason for a major update, named (as a URI) in the summary.
    const old = validSwagger();
    old.paths[`/${EVIL}`] = { get: { operationId: 'Gone', responses: { 200: { description: 'OK' } } } };
    const oldDir = await connector('old', old);
    const major = await cli('diff', oldDir, dir, '-f', 'json');
    expect(major.stderr).toContain('major because');
    expectEscaped(major, false);
    const report = await cli('diff', oldDir, dir, '-f', 'json', '-o', unwritable());
    expect(report.code).toBe(2);
    expectEscaped(report);
  });

  it("commander's usage errors and explain quote what was typed escaped", async () => {
    for (const argv of [
      ['lint', '--format', EVIL, '.'],
      ['lint', `--${EVIL}`, '.'],
      ['fix', '--rule', EVIL, '.'],
      ['diff', '--profile', EVIL, 'a', 'b'],
      [EVIL],
      ['explain', EVIL],
    ]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expectEscaped(r);
    }
    // Commander's own hint stays on its line.
    expect((await cli('lint', '--fail-severty', 'warn', '.')).stderr).toContain('\n(Did you mean --fail-severity?)');
  });
});
