import { spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintMany } from '../../src/batch';
import { cli } from '../helpers/cli';
import { connectorWith, ROOT, VALID_DIR, validSwagger } from '../helpers/lint';

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

describe('output that cannot be written', () => {
  const CLI = path.join(ROOT, 'dist/cli.js');
  const run = (args: string[], stdout: number | 'pipe' = 'pipe') =>
    spawnSync(process.execPath, [CLI, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', stdout, 'pipe'],
      timeout: 60_000,
    });

  /** A connector whose JSON report is larger than a pipe's buffer: 300 operations without summaries. */
  function noisyConnector(): string {
    const doc = validSwagger();
    for (let i = 0; i < 300; i++) doc.paths[`/items${i}`] = { get: { responses: { 200: { description: 'OK' } } } };
    return path.dirname(tmpFile('apiDefinition.swagger.json', JSON.stringify(doc, null, 4)));
  }

  (existsSync('/dev/full') ? it : it.skip)(
    'a full disk on standard output is exit 2 with a message, for every command',
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        for (const args of [
          ['lint', VALID_DIR, '-q', '-f', 'json'],
          ['diff', VALID_DIR, VALID_DIR, '-f', 'json', '-q'],
          ['fix', VALID_DIR, '--dry-run', '-f', 'json'],
          ['rules'],
          ['explain', 'ppc-title-no-api-connector'],
          ['--help'],
          ['--version'],
        ]) {
          const r = run(args, full);
          expect({ args, status: r.status, stderr: r.stderr }).toEqual({
            args,
            status: 2,
            stderr: expect.stringContaining('ppc-lint: cannot write standard output (ENOSPC)') as string,
          });
          expect(r.stderr).not.toMatch(/\n\s+at /);
        }
      } finally {
        closeSync(full);
      }
    },
  );

  it('standard output not open for writing is exit 2 (EBADF), said before the summary', () => {
    const readOnly = openSync(tmpFile('in.txt', ''), 'r');
    try {
      const r = run(['lint', VALID_DIR, '-f', 'json'], readOnly);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('ppc-lint: cannot write standard output (EBADF)\n');
    } finally {
      closeSync(readOnly);
    }
  });

  it('a reader that closes the pipe early ends the run quietly with its own exit code', () => {
    const dir = noisyConnector();
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"$0" "$1" lint "$2" -f json -q | head -c 1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`,
        process.execPath,
        CLI,
        dir,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).toBe('');
    // The findings fail the run whether or not the reader read them all.
    expect(r.stdout).toBe('status=1\n');
  });
});

describe('--timeout', () => {
  it.each(['2147484', '1e9'])(
    '%s seconds, more than a timer holds, is a usage error naming the maximum',
    async (value) => {
      const r = await cli('lint', VALID_DIR, '--timeout', value, '-f', 'json');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--timeout must be a whole number from 0 to 2147483, not "${value}"`);
      expect(r.stdout).toBe('');
    },
  );

  it('the maximum is accepted and does not stop the connector at once', async () => {
    const r = await cli('lint', VALID_DIR, '--timeout', '2147483', '-f', 'json', '-j', '1');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('lintMany refuses a budget no timer can hold', async () => {
    await expect(lintMany([VALID_DIR], { profile: 'auto', jobs: 1, timeoutMs: 2 ** 31 })).rejects.toThrow(
      /out of range; give 0 \(none\) to 2147483647 ms/,
    );
  });
});

describe('outputs that would overwrite inputs', () => {
  /** A copy of the valid connector in a temp dir, and a symbolic link to that folder beside it. */
  function connector(): { dir: string; link: string } {
    const dir = path.dirname(tmpFile('apiDefinition.swagger.json', JSON.stringify(validSwagger(), null, 4)));
    for (const name of ['apiProperties.json', 'readme.md'])
      writeFileSync(path.join(dir, name), readFileSync(path.join(VALID_DIR, name)));
    const link = path.join(mkdtempSync(path.join(os.tmpdir(), 'ppc-link-')), 'Linked');
    symlinkSync(dir, link);
    return { dir, link };
  }

  it.each([
    ['lint -o', 'apiDefinition.swagger.json', ['lint', '-f', 'json', '-o'], 'the json report'],
    ['lint --output.sarif', 'readme.md', ['lint', '-f', 'sarif', '--output.sarif'], 'the sarif report'],
    ['lint --write-baseline', 'apiProperties.json', ['lint', '--write-baseline'], 'the baseline'],
    ['diff -o', 'apiDefinition.swagger.json', ['diff', VALID_DIR, '-f', 'json', '-o'], 'the json report'],
    ['fix -o', 'apiProperties.json', ['fix', '-f', 'json', '-o'], 'the json report'],
  ])('%s over the connector file %s is refused before linting', async (_name, file, options, what) => {
    const { dir } = connector();
    const target = path.join(dir, file);
    const before = readFileSync(target, 'utf8');
    const [command, ...rest] = options;
    const r = await cli(command, dir, ...rest, target);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ppc-lint: ${what} would overwrite ${target}, a file this run lints; write it elsewhere\n`);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });

  it('sees the same file through a symbolic link and ./', async () => {
    const { dir, link } = connector();
    const out = path.relative(process.cwd(), path.join(link, '.', 'apiDefinition.swagger.json'));
    const r = await cli('lint', dir, '-f', 'json', '-o', `./${out}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`would overwrite ./${out}, a file this run lints`);
  });

  it('refuses a report over the baseline or ruleset the run reads, and writes one beside the connector', async () => {
    // The connector inside a folder of its own: the ruleset written beside it must not land in the shared temp folder.
    const outer = mkdtempSync(path.join(os.tmpdir(), 'ppc-outer-'));
    const dir = path.join(outer, 'MyConnector');
    cpSync(connector().dir, dir, { recursive: true });
    const baseline = path.join(outer, 'bl.json');
    expect((await cli('lint', dir, '--write-baseline', baseline, '-q')).code).toBe(0);
    const overBaseline = await cli('lint', dir, '--baseline', baseline, '--write-baseline', baseline);
    expect(overBaseline.code).toBe(2);
    expect(overBaseline.stderr).toContain(`the baseline would overwrite ${baseline}, a file this run reads`);
    const ruleset = path.join(outer, '.spectral.yaml');
    writeFileSync(ruleset, 'extends: ["spectral-power-platform"]\n');
    const overRuleset = await cli('lint', dir, '-f', 'json', '-o', ruleset);
    expect(overRuleset.code).toBe(2);
    expect(overRuleset.stderr).toContain(`the json report would overwrite ${ruleset}, a file this run reads`);
    const beside = await cli('lint', dir, '-f', 'json', '-o', path.join(dir, 'report.json'), '-q');
    expect(beside.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))).toEqual([]);
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

  it('--files-from-changes given a connector folder lints that connector', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'ppc-changes-')), 'my conn');
    cpSync(VALID_DIR, dir, { recursive: true });
    const file = path.join(dir, 'apiDefinition.swagger.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"title": "Contoso Tasks"', '"title": "Contoso Tasks API"'));
    const r = await cli('lint', '--files-from-changes', dir, '-f', 'json', '-q');
    expect(r.stderr).not.toContain('nothing to lint');
    expect((JSON.parse(r.stdout) as { code: string }[]).map((d) => d.code)).toContain('ppc-title-no-api-connector');
    expect(r.code).toBe(1);
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
