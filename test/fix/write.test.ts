import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PpcInputError } from '../../src/connector/errors';
import { fixConnector, writeFileAtomic } from '../../src/fix';
import { brokenDefinition, listNames, serialize, STYLES, tempConnector } from './helpers';

const SWAGGER = 'apiDefinition.swagger.json';
const NAMES = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'];
const { broken } = brokenDefinition();
const text = serialize(broken, STYLES[0]);
const isRoot = process.getuid?.() === 0;
const CLI = path.join(__dirname, '../../dist/cli.js');
/** Running as another user needs root, runuser and a build that user can read (a clone in a 0700 folder is not). */
const canRunAsNobody =
  isRoot &&
  existsSync(CLI) &&
  spawnSync('runuser', [
    '-u',
    'nobody',
    '--',
    process.execPath,
    '-e',
    `require('fs').accessSync(${JSON.stringify(CLI)}, 4)`,
  ]).status === 0;

async function withBroken(run: (dir: string, file: string) => Promise<void>): Promise<void> {
  const dir = await tempConnector({ [SWAGGER]: text });
  try {
    await run(dir, path.join(dir, SWAGGER));
  } finally {
    await fs.chmod(dir, 0o700);
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe('fix: files that cannot be written', () => {
  (isRoot ? it.skip : it)('leaves a read-only file alone and says how to fix it', () =>
    withBroken(async (dir, file) => {
      await fs.chmod(file, 0o444);
      await expect(fixConnector(dir)).rejects.toThrow(
        /cannot write .*apiDefinition\.swagger\.json: read-only \(fix it/,
      );
      expect(await fs.readFile(file, 'utf8')).toBe(text);
      expect(await listNames(dir)).toEqual(NAMES);
    }),
  );

  (isRoot ? it : it.skip)('as root, fixes a read-only file but keeps its mode and its owner', () =>
    withBroken(async (dir, file) => {
      await fs.chmod(file, 0o444);
      await fs.chown(file, 65534, 65534);
      const result = await fixConnector(dir, { rules: ['ppc-schemes-https-only'] });
      expect(result.files).toHaveLength(1);
      const stat = await fs.stat(file);
      expect([stat.mode & 0o7777, stat.uid, stat.gid]).toEqual([0o444, 65534, 65534]);
    }),
  );

  it.each([
    ['ENOSPC', /no space left on the device/],
    ['EROFS', /the file system is read-only/],
    ['EACCES', /permission denied \(the folder is read-only/],
  ])(
    'a rename failing with %s is one located error; the file stays as it was and no temporary file remains',
    (code, reason) =>
      withBroken(async (dir, file) => {
        const rename = jest
          .spyOn(fs, 'rename')
          .mockRejectedValue(Object.assign(new Error(`${code}: failed, rename`), { code }));
        try {
          const error = await fixConnector(dir).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(PpcInputError);
          expect((error as Error).message).toMatch(/^cannot write .*apiDefinition\.swagger\.json: /);
          expect((error as Error).message).toMatch(reason);
        } finally {
          rename.mockRestore();
        }
        expect(await fs.readFile(file, 'utf8')).toBe(text);
        expect(await listNames(dir)).toEqual(NAMES);
      }),
  );

  it('a file that vanished or became a folder is named, not an internal error', () =>
    withBroken(async (dir, file) => {
      await fs.rm(file);
      await expect(writeFileAtomic(file, '{}')).rejects.toThrow(/cannot write .*: it no longer exists/);
      await fs.mkdir(file);
      await expect(writeFileAtomic(file, '{}')).rejects.toThrow(/cannot write .*: it is a folder now/);
      expect(await listNames(dir)).toEqual(NAMES);
    }));

  (canRunAsNobody ? describe : describe.skip)('as another user (runuser -u nobody)', () => {
    const asNobody = (dir: string, ...extra: string[]) =>
      spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, CLI, 'fix', '-q', dir, ...extra], {
        encoding: 'utf8',
      });

    it('a read-only file keeps its findings in the report; --dry-run still shows its diff', () =>
      withBroken(async (dir, file) => {
        await fs.chmod(dir, 0o777);
        await fs.chmod(file, 0o444);
        const r = asNobody(dir, '-f', 'json');
        expect(r.status).toBe(2);
        const remaining = JSON.parse(r.stdout) as Array<{ code: string; fix?: unknown }>;
        // Nothing was written, so what remains is every finding, fixable ones included.
        expect(remaining.filter((d) => d.fix !== undefined).length).toBeGreaterThan(0);
        expect(remaining.map((d) => d.code)).toContain('ppc-schemes-https-only');
        const dry = asNobody(dir, '--dry-run');
        expect(dry.stderr).not.toMatch(/cannot write|ppc-fix-/);
        expect(dry.status).toBe(1);
        expect(dry.stdout).toMatch(/^--- a\/.*apiDefinition\.swagger\.json$/m);
        expect(await fs.readFile(file, 'utf8')).toBe(text);
      }));

    it('a root-owned read-only file in a writable folder is not replaced (exit 2)', () =>
      withBroken(async (dir, file) => {
        await fs.chmod(dir, 0o777);
        await fs.chmod(file, 0o444);
        const r = asNobody(dir);
        expect(r.stderr).toMatch(
          /cannot write .*apiDefinition\.swagger\.json: read-only \(fix it by making it writable\)/,
        );
        expect(r.status).toBe(2);
        const stat = await fs.stat(file);
        expect([stat.uid, stat.mode & 0o777]).toEqual([0, 0o444]);
        expect(await fs.readFile(file, 'utf8')).toBe(text);
      }));

    it('a writable file in a read-only folder is one located error (exit 2), not an internal error', () =>
      withBroken(async (dir, file) => {
        await fs.chmod(file, 0o666);
        await fs.chmod(dir, 0o555);
        const r = asNobody(dir);
        expect(r.stderr).toMatch(
          /cannot write .*apiDefinition\.swagger\.json: permission denied \(the folder is read-only/,
        );
        expect(r.stderr).not.toMatch(/internal error|\.tmp/);
        expect(r.status).toBe(2);
        expect(await fs.readFile(file, 'utf8')).toBe(text);
        expect(await listNames(dir)).toEqual(NAMES);
      }));
  });
});
