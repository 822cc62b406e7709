import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { op, query, swagger } from '../../src/diff/rules/example-docs';
import { cli, useTempDir } from '../helpers/cli';

const root = useTempDir('ppc-diff-cli-');

async function folder(name: string, doc: unknown, extra: Record<string, string> = {}): Promise<string> {
  const dir = path.join(root(), name);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(
    path.join(dir, 'apiDefinition.swagger.json'),
    typeof doc === 'string' ? doc : `${JSON.stringify(doc, null, 2)}\n`,
  );
  for (const [file, text] of Object.entries(extra)) await fs.writeFile(path.join(dir, file), text);
  return dir;
}

const BASE = swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('top')] }) } });
const WITH_DEFAULT = swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('top', { default: '10' })] }) } });
const RENAMED = swagger({ '/tasks': { get: op('GetTasks', { parameters: [query('top')] }) } });

describe('ppc-lint diff', () => {
  it('exits 0 with no findings and says the update is minor', async () => {
    const r = await cli('diff', await folder('old', BASE), await folder('new', BASE), '-f', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain('minor update');
  });

  it('exits 1 on an error finding and prints Spectral JSON with the operation and range', async () => {
    const r = await cli('diff', await folder('old', BASE), await folder('new', RENAMED), '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Array<{
      code: string;
      severity: number;
      range: { start: { line: number } };
      source: string;
    }>;
    expect(out.find((d) => d.code === 'ppc-bc-operation-removed')).toMatchObject({
      severity: 0,
      source: path.join(root(), 'old', 'apiDefinition.swagger.json'),
    });
    expect(r.stderr).toMatch(/1 error.*major update/);
    expect(r.stderr).toContain('major because: ppc-bc-operation-removed: 1 breaking change');
  });

  it('exits 0 for info findings unless --fail-severity is lowered', async () => {
    const oldDir = await folder('old', BASE);
    const newDir = await folder('new', WITH_DEFAULT);
    expect((await cli('diff', oldDir, newDir)).code).toBe(0);
    expect((await cli('diff', oldDir, newDir, '--fail-severity', 'info')).code).toBe(1);
  });

  it('renders the other formats', async () => {
    const oldDir = await folder('old', BASE);
    const newDir = await folder('new', RENAMED);
    const stylish = await cli('diff', oldDir, newDir);
    expect(stylish.stdout).toContain('ppc-bc-operation-removed');
    const gh = await cli('diff', oldDir, newDir, '-f', 'github-actions');
    expect(gh.stdout).toMatch(
      /^::error file=.*old\/apiDefinition\.swagger\.json,line=\d+,.*title=ppc-bc-operation-removed::/m,
    );
    const sarif = JSON.parse((await cli('diff', oldDir, newDir, '-f', 'sarif')).stdout) as {
      runs: Array<{ results: Array<{ ruleId: string }> }>;
    };
    expect(sarif.runs[0]?.results.map((x) => x.ruleId)).toContain('ppc-bc-operation-removed');
  });

  it('microsoft-strict raises a warning-level rule to error', async () => {
    const oldDir = await folder(
      'old',
      swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('status')] }) } }),
    );
    const newDir = await folder(
      'new',
      swagger({ '/tasks': { get: op('ListTasks', { parameters: [query('status', { enum: ['open'] })] }) } }),
    );
    expect((await cli('diff', oldDir, newDir, '-q')).code).toBe(0);
    expect((await cli('diff', oldDir, newDir, '-q', '--profile', 'microsoft-strict')).code).toBe(1);
  });

  it('an acknowledged finding does not fail the run', async () => {
    const ack =
      'acknowledged:\n  - rule: ppc-bc-operation-removed\n    operationId: ListTasks\n    reason: "Renamed before release"\n';
    const r = await cli(
      'diff',
      await folder('old', BASE),
      await folder('new', RENAMED, { '.ppc-breaking-changes.yaml': ack }),
      '-f',
      'text',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(acknowledged: Renamed before release)');
    expect(r.stderr).toContain('1 acknowledged');
  });

  it('says a connector without an old version (the old path does not exist) is new and exits 0', async () => {
    const r = await cli('diff', path.join(root(), 'absent'), await folder('new', BASE));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('is a new connector');
  });

  it('reports malformed JSON as a located ppc-json-valid error, not a crash', async () => {
    const r = await cli(
      'diff',
      await folder('old', BASE),
      await folder('new', '{\n  "swagger": "2.0",\n  "paths": {},\n}\n'),
      '-f',
      'json',
    );
    expect(r.code).toBe(1);
    const json = (JSON.parse(r.stdout) as Array<{ code: string; range: { start: { line: number } } }>).find(
      (d) => d.code === 'ppc-json-valid',
    );
    expect(json?.range.start.line).toBe(3);
  });

  it('exits 2 for bad usage and unreadable input', async () => {
    expect((await cli('diff', path.join(root(), 'missing'), path.join(root(), 'missing2'))).code).toBe(2);
    const one = await cli('diff', await folder('old', BASE));
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('give the old and the new version');
    expect((await cli('diff', root(), root(), '--profile', 'nope')).code).toBe(2);
    const noDefinition = path.join(root(), 'no-definition');
    await fs.mkdir(noDefinition);
    const missing = await cli('diff', await folder('old', BASE), noDefinition);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no connector definition');
    const ackDir = await folder('new', BASE, { '.ppc-breaking-changes.yaml': 'acknowledged: [\n' });
    expect((await cli('diff', await folder('old', BASE), ackDir)).code).toBe(2);
  });
});
