import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/run';
import { connectorWith, ROOT, VALID_DIR, validSwagger } from '../helpers/lint';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, '9.9.9');
  return { code, stdout, stderr };
}

function tmpFile(name: string, content: string | Buffer): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ppc-cli-')), name);
  writeFileSync(file, content);
  return file;
}

describe('ppc-lint lint', () => {
  it('exits 0 with an empty JSON array for the valid connector', async () => {
    const r = await cli('lint', VALID_DIR, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain('0 errors');
  });

  it('exits 1 and prints Spectral-shaped JSON with ranges when an error is found', async () => {
    const doc = validSwagger();
    doc.info.title = 'Contoso Tasks API';
    const file = tmpFile('apiDefinition.swagger.json', JSON.stringify(doc, null, 4));
    const r = await cli('lint', file, '-f', 'json');
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as Array<{
      code: string;
      severity: number;
      source: string;
      range: { start: { line: number } };
    }>;
    const finding = results.find((d) => d.code === 'ppc-title-no-api-connector');
    expect(finding).toMatchObject({ severity: 0, source: file });
    expect(finding!.range.start.line).toBeGreaterThan(0);
  });

  it('stylish output names the file, line:column and rule', async () => {
    const dir = await connectorWith({ 'apiProperties.json': '{\n    "properties": {},\n}\n' });
    const r = await cli('lint', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/apiProperties\.json/);
    expect(r.stdout).toMatch(/^ {2}3:1 +error +(.+\n)*?.*ppc-json-valid$/m);
  });

  it('--fail-severity warn fails on warnings only runs', async () => {
    const dir = await connectorWith({
      'apiProperties.json':
        '\ufeff{"properties": {"iconBrandColor": "#0f6cbd", "publisher": "Contoso Ltd", "stackOwner": "Contoso Ltd"}}',
    });
    const r = await cli('lint', dir, '-p', 'certified', '--fail-severity', 'warn', '-q');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect((await cli('lint', dir, '-p', 'certified', '-q')).code).toBe(0);
  });

  it.each([
    [['lint', '/nonexistent/connector'], /no such file or folder/],
    [['lint', VALID_DIR, '--format', 'xml'], /argument 'xml' is invalid/],
    [['lint', VALID_DIR, '--profile', 'gold'], /unknown profile "gold"/],
    [['lint', VALID_DIR, '--no-such-option'], /unknown option/],
    [['lint'], /missing required argument/],
    [['frobnicate'], /unknown command/],
    [[], /Usage: ppc-lint/],
  ])('exits 2 with a clear message on bad usage: %j', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('reports malformed JSON, a BOM, Latin-1 bytes and a $ref cycle without crashing', async () => {
    const cyclic = validSwagger();
    cyclic.definitions.A = { $ref: '#/definitions/B' };
    cyclic.definitions.B = { type: 'object', properties: { a: { $ref: '#/definitions/A' } } };
    const inputs = [
      tmpFile('apiDefinition.swagger.json', '{"swagger": "2.0", "info": {'),
      tmpFile('apiDefinition.swagger.json', `\ufeff${JSON.stringify(validSwagger())}`),
      tmpFile(
        'apiDefinition.swagger.json',
        Buffer.from('{"swagger": "2.0", "info": {"title": "Br\u00f8nn"}}', 'latin1'),
      ),
      tmpFile('apiDefinition.swagger.json', JSON.stringify(cyclic, null, 4)),
      tmpFile('apiDefinition.swagger.json', ''),
      tmpFile('apiDefinition.swagger.json', '[]'),
      tmpFile(
        'apiDefinition.swagger.json',
        '{"openapi": "3.0.0", "info": {"title": "x", "version": "1"}, "paths": {}}',
      ),
    ];
    for (const file of inputs) {
      const r = await cli('lint', file, '-f', 'json', '-q');
      expect({ file, stderr: r.stderr }).toEqual({ file, stderr: '' });
      expect(() => JSON.parse(r.stdout)).not.toThrow();
      expect(r.code === 0 || r.code === 1).toBe(true);
    }
    const malformed = JSON.parse((await cli('lint', inputs[0], '-f', 'json')).stdout) as Array<{ code: string }>;
    expect(malformed.map((d) => d.code)).toContain('ppc-json-valid');
    const bom = JSON.parse((await cli('lint', inputs[1], '-f', 'json')).stdout) as Array<{ code: string }>;
    expect(bom.map((d) => d.code)).toContain('ppc-json-no-bom');
  });

  it('a broken or looping link as the target, --ruleset or --baseline is exit 2 saying what it is', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ppc-cli-'));
    const broken = path.join(dir, 'apiDefinition.swagger.json');
    symlinkSync('nowhere.json', broken);
    const loop = path.join(dir, 'loop.yaml');
    symlinkSync('loop.yaml', loop);
    const cases: Array<[string[], RegExp]> = [
      [['lint', broken], /apiDefinition\.swagger\.json: cannot be read: it is a broken symbolic link/],
      [['lint', VALID_DIR, '--ruleset', loop], /loop\.yaml: cannot read ruleset file: it is a symbolic link loop/],
      [['lint', VALID_DIR, '--baseline', loop], /loop\.yaml: cannot read baseline: it is a symbolic link loop/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(...argv);
      expect({ argv, code: r.code, stdout: r.stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
    }
    // A link to a regular file in the same folder is read as usual.
    symlinkSync(path.join(VALID_DIR, 'apiDefinition.swagger.json'), path.join(dir, 'linked.swagger.json'));
    expect((await cli('lint', path.join(dir, 'linked.swagger.json'), '-q')).code).not.toBe(2);
  });

  it('reports a 50 MB definition as too large instead of parsing it', async () => {
    const big = tmpFile('apiDefinition.swagger.json', Buffer.alloc(50 * 1024 * 1024, 0x20));
    const r = await cli('lint', big, '-f', 'json', '-q');
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as Array<{ code: string; message: string }>;
    expect(results).toEqual([
      expect.objectContaining({ code: 'ppc-limit-definition-size', message: expect.stringContaining('50.00 MB') }),
    ]);
  });
});

describe('the built bin', () => {
  it('prints no stack trace and exits 2 for a missing folder', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'lint', 'does-not-exist'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('ppc-lint: does-not-exist: no such file or folder\n');
  });

  it('loads only what a lint needs: the OpenAPI ruleset, not the AsyncAPI or Arazzo ones', () => {
    // Record every module the process loaded, as it exits.
    const hook = tmpFile(
      'record-modules.js',
      "process.on('exit', () => process.stderr.write('\\nMODULES ' + JSON.stringify(Object.keys(require.cache))));",
    );
    const r = spawnSync(
      process.execPath,
      ['-r', hook, path.join(ROOT, 'dist/cli.js'), 'lint', VALID_DIR, '-f', 'json', '-j', '1'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    const loaded = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('MODULES ') + 8)) as string[];
    const rulesets = loaded.filter((m) => m.includes(`spectral-rulesets${path.sep}dist`));
    expect(rulesets.some((m) => m.includes(`${path.sep}oas${path.sep}`))).toBe(true);
    expect(rulesets.filter((m) => /[\\/](asyncapi|arazzo)[\\/]/.test(m))).toEqual([]);
  });

  it('prints its version', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe((require('../../package.json') as { version: string }).version);
  });
});

describe('references outside the document', () => {
  it('reports remote and file $refs instead of fetching or reading them', async () => {
    const doc = validSwagger();
    doc.definitions.Remote = { $ref: 'https://example.invalid/schemas/x.json#/X' };
    doc.definitions.Outside = { $ref: '../../../../etc/passwd#/x' };
    const file = tmpFile('apiDefinition.swagger.json', JSON.stringify(doc, null, 4));
    const started = Date.now();
    const r = await cli('lint', file, '-f', 'json', '-q');
    expect(Date.now() - started).toBeLessThan(5000);
    const refs = (JSON.parse(r.stdout) as Array<{ code: string; message: string }>)
      .filter((d) => d.code === 'invalid-ref')
      .map((d) => d.message);
    expect(refs).toEqual([
      expect.stringContaining("No resolver defined for scheme 'https'"),
      expect.stringContaining("No resolver defined for scheme 'file'"),
    ]);
  });
});

describe('several reports in one run', () => {
  function brokenConnector(): string {
    const doc = validSwagger();
    doc.info.title = 'Contoso Tasks API';
    return path.dirname(tmpFile('apiDefinition.swagger.json', JSON.stringify(doc, null, 4)));
  }

  it('writes each format to its --output.<format> file and one to -o, from a single lint', async () => {
    const dir = brokenConnector();
    const out = mkdtempSync(path.join(os.tmpdir(), 'ppc-reports-'));
    const r = await cli(
      'lint',
      dir,
      '-f',
      'json',
      '-f',
      'sarif',
      '-f',
      'junit',
      '--output.json',
      path.join(out, 'r.json'),
      `--output.sarif=${path.join(out, 'r.sarif')}`,
      '-o',
      path.join(out, 'r.xml'),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const json = JSON.parse(readFileSync(path.join(out, 'r.json'), 'utf8')) as Array<{ code: string }>;
    const sarif = JSON.parse(readFileSync(path.join(out, 'r.sarif'), 'utf8')) as {
      runs: Array<{ results: Array<{ ruleId: string }> }>;
    };
    expect(json.map((d) => d.code)).toContain('ppc-title-no-api-connector');
    expect(sarif.runs[0].results.map((x) => x.ruleId).sort()).toEqual(json.map((d) => d.code).sort());
    expect(readFileSync(path.join(out, 'r.xml'), 'utf8')).toContain('ppc-title-no-api-connector');
    expect(r.stderr).toMatch(/sarif written to .*r\.sarif/);
  });

  it('prints the format without a file on stdout and writes the others', async () => {
    const dir = brokenConnector();
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'ppc-reports-')), 'r.sarif');
    const r = await cli('lint', dir, '-f', 'github-actions', '-f', 'sarif', '--output.sarif', out);
    expect(r.stdout).toMatch(/^::error file=.*title=ppc-title-no-api-connector/m);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('version', '2.1.0');
  });

  it('refuses, before linting, two formats that would share standard output or a dangling --output.<format>', async () => {
    const twoOnStdout = await cli('lint', VALID_DIR, '-f', 'json', '-f', 'sarif');
    expect(twoOnStdout.code).toBe(2);
    expect(twoOnStdout.stderr).toContain('formats json and sarif would both go to standard output');
    const noFile = await cli('lint', VALID_DIR, '--output.sarif');
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('--output.sarif needs a file name');
    const sameFile = await cli('lint', VALID_DIR, '--output.json', 'r.txt', '--output.sarif', './r.txt');
    expect(sameFile.code).toBe(2);
    expect(sameFile.stderr).toContain(
      'formats json and sarif would both be written to ./r.txt; give each its own file',
    );
    const unknown = await cli('lint', VALID_DIR, '--output.yaml', 'x.yaml');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown format in --output.<format> "yaml"');
  });

  it('--files-from-changes with no connector among the files still writes the (empty) report to -o', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'ppc-reports-')), 'empty.sarif');
    const r = await cli('lint', '--files-from-changes', path.join(ROOT, 'README.md'), '-f', 'sarif', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ version: '2.1.0', runs: [{ results: [] }] });
  });

  it('diff and fix take the same report options', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'ppc-reports-')), 'd.json');
    const diff = await cli('diff', VALID_DIR, VALID_DIR, '-f', 'json', '-o', out, '--quiet');
    expect(diff.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual([]);
    const fix = await cli('fix', VALID_DIR, '--dry-run', '-f', 'json', '-f', 'sarif');
    expect(fix.code).toBe(2);
    expect(fix.stderr).toContain('would both go to standard output');
  });
});
