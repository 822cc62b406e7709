import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { diffConnectors, diffFailures, PpcInputError } from '../../src/api';
import { formatDiagnostics } from '../../src/report';
import { op, swagger } from '../../src/diff/rules/example-docs';
import { SEVERITY_CODE } from '../../src/profiles';
import { cli, useTempDir } from '../helpers/cli';

const OLD = swagger({
  '/tasks/{id}': { get: op('GetTask') },
  '/tasks': { delete: op('DeleteTask'), get: op('ListTasks') },
});
const NEW = swagger({ '/tasks': { get: op('ListTasks') } });

const root = useTempDir('ppc-ack-');

async function write(dir: string, files: Record<string, string>): Promise<string> {
  const full = path.join(root(), dir);
  await fs.mkdir(full, { recursive: true });
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(full, name), text);
  return full;
}

async function run(ack: string | undefined, options: { explicit?: boolean } = {}) {
  const oldDir = await write('old', { 'apiDefinition.swagger.json': JSON.stringify(OLD, null, 2) });
  const files: Record<string, string> = { 'apiDefinition.swagger.json': JSON.stringify(NEW, null, 2) };
  if (ack !== undefined && !options.explicit) files['.ppc-breaking-changes.yaml'] = ack;
  const newDir = await write('new', files);
  let ackFile: string | undefined;
  if (ack !== undefined && options.explicit) {
    ackFile = path.join(root(), 'acks.yaml');
    await fs.writeFile(ackFile, ack);
  }
  return diffConnectors(oldDir, newDir, { ack: ackFile });
}

describe('acknowledgement file', () => {
  it('without it, both removals fail the run', async () => {
    const result = await run(undefined);
    expect(
      diffFailures(result, 'error')
        .map((d) => d.operationId)
        .sort(),
    ).toEqual(['DeleteTask', 'GetTask']);
  });

  it('acknowledges a finding: lowered to hint, reason in the message, no longer failing', async () => {
    const result = await run(
      'acknowledged:\n  - rule: ppc-bc-operation-removed\n    operationId: DeleteTask\n    reason: "Never used in production; confirmed with the reviewer"\n',
    );
    expect(result.acknowledged).toHaveLength(1);
    const d = result.acknowledged[0]?.diagnostic;
    expect(d?.operationId).toBe('DeleteTask');
    expect(d?.severity).toBe(SEVERITY_CODE.hint);
    expect(d?.message).toMatch(/\(acknowledged: Never used in production; confirmed with the reviewer\)$/);
    expect(diffFailures(result, 'error').map((x) => x.operationId)).toEqual(['GetTask']);
    expect(diffFailures(result, 'hint').map((x) => x.operationId)).toEqual(['GetTask']);
  });

  it('stylish wraps a long acknowledgement reason within the width instead of cutting it', async () => {
    const reason =
      'Never used in production by any customer flow according to the telemetry we collected over the last eighteen months; confirmed with the reviewer in the certification thread';
    const result = await run(
      `acknowledged:\n  - rule: ppc-bc-operation-removed\n    operationId: DeleteTask\n    reason: "${reason}"\n`,
    );
    const out = formatDiagnostics(
      result.acknowledged.map((a) => a.diagnostic),
      'stylish',
      { failSeverity: 'error', width: 100 },
    );
    const lines = out.split('\n');
    expect(lines.every((l) => l.length <= 100)).toBe(true);
    const text = lines.map((l) => l.trim()).join(' ');
    expect(text).toContain(`(acknowledged: ${reason})`);
    expect(text).not.toContain('…');
  });

  it('reports an entry that matches nothing as stale, located in the file', async () => {
    const result = await run(
      'acknowledged:\n  - rule: ppc-bc-operation-removed\n    operationId: GetTask\n    reason: ok\n  - rule: ppc-bc-operation-removed\n    operationId: NoSuchOperation\n    reason: "renamed long ago"\n',
      { explicit: true },
    );
    expect(result.stale.map((e) => e.operationId)).toEqual(['NoSuchOperation']);
    const stale = result.diagnostics.find((d) => d.code === 'ppc-bc-ack-stale');
    expect(stale?.severity).toBe(SEVERITY_CODE.warn);
    expect(stale?.source).toBe(path.join(root(), 'acks.yaml'));
    expect(stale?.range.start.line).toBe(4);
    expect(stale?.message).toContain('"NoSuchOperation"');
  });

  it('a stale entry names the acknowledgement file actually read', async () => {
    const stale = (result: Awaited<ReturnType<typeof run>>) =>
      result.diagnostics.find((d) => d.code === 'ppc-bc-ack-stale')?.message;
    const entry =
      'acknowledged:\n  - rule: ppc-bc-operation-removed\n    operationId: NoSuchOperation\n    reason: x\n';
    expect(stale(await run(entry, { explicit: true }))).toMatch(/remove it from acks\.yaml\.$/);
    expect(stale(await run(entry))).toMatch(/remove it from \.ppc-breaking-changes\.yaml\.$/);
    const notMapping = await run('- just a list\n', { explicit: true });
    expect(notMapping.diagnostics.find((d) => d.code === 'ppc-bc-ack-invalid')?.message).toMatch(
      /^acks\.yaml must be a mapping/,
    );
  });

  it('an entry without a reason is an error located at the entry', async () => {
    const result = await run('acknowledged:\n  - rule: ppc-bc-operation-removed\n    operationId: DeleteTask\n');
    const problem = result.diagnostics.find((d) => d.code === 'ppc-bc-ack-invalid');
    expect(problem?.severity).toBe(SEVERITY_CODE.error);
    expect(problem?.range.start.line).toBe(1);
    expect(problem?.message).toContain('no "reason"');
    expect(result.acknowledged).toHaveLength(0);
  });

  it('an unknown rule id is an error finding', async () => {
    const result = await run('acknowledged:\n  - rule: ppc-bc-operation-deleted\n    reason: typo\n');
    expect(result.diagnostics.find((d) => d.code === 'ppc-bc-ack-invalid')?.message).toContain(
      'unknown rule "ppc-bc-operation-deleted"',
    );
  });

  it('a file that is not YAML is an input error with its line', async () => {
    await expect(run('acknowledged:\n  - rule: [unclosed\n')).rejects.toThrow(PpcInputError);
    await expect(run('acknowledged:\n  - rule: [unclosed\n')).rejects.toThrow(
      /\.ppc-breaking-changes\.yaml:\d+:\d+: .*not valid YAML/,
    );
  });

  it('a missing --ack file is an input error', async () => {
    const oldDir = await write('old', { 'apiDefinition.swagger.json': JSON.stringify(OLD) });
    const newDir = await write('new', { 'apiDefinition.swagger.json': JSON.stringify(NEW) });
    await expect(diffConnectors(oldDir, newDir, { ack: path.join(root(), 'missing.yaml') })).rejects.toThrow(
      PpcInputError,
    );
  });

  // Named pipes exist on Linux and macOS only; reading one would block the run forever.
  (process.platform === 'win32' ? it.skip : it)(
    'an acknowledgement file that is a named pipe or a folder is an input error saying so, not a hang',
    async () => {
      const oldDir = await write('old', { 'apiDefinition.swagger.json': JSON.stringify(OLD) });
      const newDir = await write('new', { 'apiDefinition.swagger.json': JSON.stringify(NEW) });
      const pipe = path.join(root(), 'acks.yaml');
      execFileSync('mkfifo', [pipe]);
      await expect(diffConnectors(oldDir, newDir, { ack: pipe })).rejects.toThrow(
        /acks\.yaml: cannot read the acknowledgement file: it is not a regular file \(a named pipe\)/,
      );
      // The one found in the new folder by name, too.
      await fs.mkdir(path.join(newDir, '.ppc-breaking-changes.yaml'));
      await expect(diffConnectors(oldDir, newDir)).rejects.toThrow(/it is not a regular file \(a folder\)/);
    },
  );
});

(process.platform === 'win32' ? describe.skip : describe)('an acknowledgement file that is a symbolic link', () => {
  const ACKS =
    'acknowledged:\n  - rule: ppc-bc-operation-removed\n    operationId: DeleteTask\n    reason: "Confirmed"\n';

  /** old/ and new/ in a repository (a `.git` folder), acknowledgements beside it, outside the repository. */
  async function setup() {
    const repo = path.join(root(), 'repo');
    await fs.mkdir(path.join(repo, '.git'), { recursive: true });
    const oldDir = await write('repo/old', { 'apiDefinition.swagger.json': JSON.stringify(OLD) });
    const newDir = await write('repo/new', { 'apiDefinition.swagger.json': JSON.stringify(NEW) });
    const outside = path.join(root(), 'outside.yaml');
    await fs.writeFile(outside, ACKS);
    return { repo, oldDir, newDir, outside, link: path.join(newDir, '.ppc-breaking-changes.yaml') };
  }

  it('found in the new folder and leaving the repository is an input error, not read', async () => {
    const { oldDir, newDir, outside, link } = await setup();
    await fs.symlink(outside, link);
    await expect(diffConnectors(oldDir, newDir)).rejects.toThrow(
      `${link}: acknowledgement file not read: it is a symbolic link to a file outside the git work tree`,
    );
    const r = await cli('diff', oldDir, newDir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('staying in the repository, or named with --ack, is read', async () => {
    const { repo, oldDir, newDir, outside, link } = await setup();
    await fs.writeFile(path.join(repo, 'acks.yaml'), ACKS);
    await fs.symlink('../acks.yaml', link);
    expect((await diffConnectors(oldDir, newDir)).acknowledged).toHaveLength(1);
    await fs.rm(link);
    await fs.symlink(outside, link);
    expect((await diffConnectors(oldDir, newDir, { ack: link })).acknowledged).toHaveLength(1);
  });
});
