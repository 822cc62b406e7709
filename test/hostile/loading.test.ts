import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { lintConnector } from '../../src/lint';
import { ROOT, validSwagger } from '../helpers/lint';
import { Folders, TOKENS } from './helpers';

jest.setTimeout(120_000);

const folders = new Folders();
afterAll(() => folders.cleanup());

const valid = (): string => JSON.stringify(validSwagger(), null, 4);
const SWAGGER = 'apiDefinition.swagger.json';

/** Findings of `code` that carry a file and a range. */
function located(diagnostics: ISpectralDiagnostic[], code: string): ISpectralDiagnostic[] {
  return diagnostics.filter((d) => d.code === code && typeof d.source === 'string' && d.range !== undefined);
}

const cases: Array<[string, () => string, string, RegExp]> = [
  ['an empty file', () => folders.make({ [SWAGGER]: '' }), 'ppc-json-valid', /is empty/],
  [
    'a binary file',
    () => folders.make({ [SWAGGER]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x01]) }),
    'ppc-json-valid',
    /not valid/,
  ],
  [
    'invalid UTF-8',
    () =>
      folders.make({
        [SWAGGER]: Buffer.concat([
          Buffer.from('{"swagger": "2.0", "x": "'),
          Buffer.from([0xc3, 0x28]),
          Buffer.from('"}'),
        ]),
      }),
    'ppc-json-valid',
    /not valid UTF-8/,
  ],
  ['a BOM', () => folders.make({ [SWAGGER]: `\ufeff${valid()}` }), 'ppc-json-no-bom', /byte-order mark/],
  [
    'a trailing comma',
    () => folders.make({ [SWAGGER]: valid().replace('"2.0",', '"2.0",,') }),
    'ppc-json-valid',
    /not valid JSON/,
  ],
  [
    'a duplicate key',
    () => folders.make({ [SWAGGER]: valid().replace('"swagger": "2.0",', '"swagger": "2.0", "swagger": "2.0",') }),
    'ppc-json-valid',
    /Duplicate key|DuplicateKey/i,
  ],
  [
    'a comment',
    () => folders.make({ [SWAGGER]: valid().replace('"swagger": "2.0",', '// note\n"swagger": "2.0",') }),
    'ppc-json-valid',
    /not valid JSON/,
  ],
  ['a definition that is []', () => folders.make({ [SWAGGER]: '[]' }), 'ppc-json-valid', /an array, not a JSON object/],
  ['a definition that is null', () => folders.make({ [SWAGGER]: 'null' }), 'ppc-json-valid', /null, not a JSON object/],
  [
    'a definition that is a number',
    () => folders.make({ [SWAGGER]: '42' }),
    'ppc-json-valid',
    /a number .*not a JSON object/,
  ],
  [
    'a definition that is a string',
    () => folders.make({ [SWAGGER]: '"swagger"' }),
    'ppc-json-valid',
    /a string .*not a JSON object/,
  ],
  [
    'nesting 100,000 levels deep',
    () => folders.make({ [SWAGGER]: `${'['.repeat(100_000)}${']'.repeat(100_000)}` }),
    'ppc-json-valid',
    /more than 1000 levels/,
  ],
  [
    'a 1 MB [,,,] file',
    () => folders.make({ [SWAGGER]: `[${','.repeat(1_000_000)}]` }),
    'ppc-json-valid',
    /more JSON syntax errors/,
  ],
  [
    'a 1 MB string',
    () => {
      const d = validSwagger();
      d.info.description = 'a'.repeat(1_100_000);
      return folders.make({ [SWAGGER]: JSON.stringify(d, null, 4) });
    },
    'ppc-limit-definition-size',
    /MB/,
  ],
  [
    'a secret under a __proto__ key',
    () =>
      folders.make({
        [SWAGGER]: valid().replace('"swagger": "2.0",', `"swagger": "2.0", "__proto__": {"x-token": "${TOKENS[0]}"},`),
      }),
    'ppc-no-secrets',
    /GitHub token/,
  ],
  [
    'a secret in an enum',
    () => {
      const d = validSwagger();
      d.paths['/tasks'].get.parameters[0].enum = ['open', TOKENS[0]];
      return folders.make({ [SWAGGER]: JSON.stringify(d, null, 4) });
    },
    'ppc-no-secrets',
    /GitHub token/,
  ],
  [
    'a password in host',
    () => {
      const d = validSwagger();
      d.host = 'admin:S3cr3tPw9@api.contoso.com';
      return folders.make({ [SWAGGER]: JSON.stringify(d, null, 4) });
    },
    'ppc-no-secrets',
    /password in a URL/,
  ],
];

describe('hostile files load into located findings, never a crash or a silent pass', () => {
  it.each(cases)('%s', async (_name, make, code, message) => {
    const dir = make();
    const { diagnostics } = await lintConnector(dir);
    const hits = located(diagnostics, code);
    expect(hits.map((d) => d.message).join('\n')).toMatch(message);
    expect(diagnostics.some((d) => d.code === 'ppc-lint-failed')).toBe(false);
    for (const token of TOKENS) expect(JSON.stringify(diagnostics)).not.toContain(token);
  });

  it('a valid definition gives none of these findings', async () => {
    const { diagnostics } = await lintConnector(folders.make({ [SWAGGER]: valid() }));
    expect(
      diagnostics.filter((d) => ['ppc-json-valid', 'ppc-no-secrets', 'ppc-lint-failed'].includes(String(d.code))),
    ).toEqual([]);
  });

  it('a secret in a 50 MB definition is found by the chunked scan and the size rule fires', async () => {
    const pad = 'x'.repeat(1024 * 1024);
    const parts = ['{"swagger": "2.0", "info": {"title": "Big", "version": "1.0"}, "x-pad": ['];
    for (let i = 0; i < 50; i++) parts.push(`"${pad}",`);
    parts.push(`"Bearer-less ${TOKENS[0]}"]}`);
    const dir = folders.make({ [SWAGGER]: parts.join('\n') });
    const { diagnostics } = await lintConnector(dir);
    expect(located(diagnostics, 'ppc-limit-definition-size')).toHaveLength(1);
    const secret = located(diagnostics, 'ppc-no-secrets');
    expect(secret).toHaveLength(1);
    expect(secret[0].range.start.line).toBe(51);
    expect(secret[0].message).not.toContain(TOKENS[0]);
  });

  it('a finding under each of 8,000 definitions is located at its own line, in seconds (a scan per finding was quadratic)', async () => {
    const n = 8000;
    // One definition per line, each with a property without a description: a finding each, at that line.
    const defs = Array.from(
      { length: n },
      (_, i) => `"D${i}": {"type": "object", "properties": {"a": {"type": "string"}}}`,
    );
    const refs = Array.from({ length: n }, (_, i) => `"p${i}": {"$ref": "#/definitions/D${i}"}`);
    const text = `{"swagger": "2.0", "info": {"title": "Wide", "version": "1.0"}, "paths": {"/x": {"get": {"operationId": "X",
      "responses": {"200": {"description": "ok", "schema": {"type": "object", "properties": {${refs.join(', ')}}}}}}}},
      "definitions": {\n${defs.join(',\n')}}}`;
    const started = performance.now();
    const { diagnostics } = await lintConnector(folders.make({ [SWAGGER]: text }));
    expect(performance.now() - started).toBeLessThan(45_000);
    expect(diagnostics.filter((d) => /timeout/.test(String(d.code)))).toEqual([]);
    const lines = new Set(
      diagnostics
        .filter((d) => d.code === 'ppc-property-description' && d.path[0] === 'definitions')
        .map((d) => d.range.start.line),
    );
    expect(lines.size).toBe(n);
  }, 120_000);

  it('an object of 50,000 keys with 10 repeated: each repeat located, in seconds (a scan per key took 46 s)', async () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `"x-k${i % 49_990}": ${i}`);
    const text = valid().replace('"swagger": "2.0",', `"swagger": "2.0", "x-wide": {${keys.join(',')}},`);
    const started = performance.now();
    const { diagnostics } = await lintConnector(folders.make({ [SWAGGER]: text }));
    expect(performance.now() - started).toBeLessThan(20_000);
    const repeated = located(diagnostics, 'ppc-json-valid').filter((d) => /x-k\d+/.test(d.message));
    expect(repeated).toHaveLength(10);
    expect(repeated[0].range.start.line).toBe(1);
  });

  it('a definition, apiProperties or settings linked from outside the folder is reported where it is, never read', async () => {
    const outside = folders.make({ 'secret.json': `{"token": "${TOKENS[0]}"}` });
    const dir = folders.make({});
    for (const name of [SWAGGER, 'apiProperties.json', 'settings.json'])
      symlinkSync(path.join(outside, 'secret.json'), path.join(dir, name));
    const { diagnostics, connector } = await lintConnector(dir);
    expect(connector.swagger?.text).toBe('');
    expect(connector.swagger?.document).toBeUndefined();
    expect(JSON.stringify(diagnostics)).not.toContain(TOKENS[0]);
    const reported = located(diagnostics, 'ppc-json-valid').filter((d) =>
      /symbolic link to a path outside the connector folder/.test(d.message),
    );
    expect(reported.map((d) => path.basename(d.source!)).sort()).toEqual([
      'apiDefinition.swagger.json',
      'apiProperties.json',
      'settings.json',
    ]);
  });

  it('a readme or icon linked from outside the folder is never read; a link inside the folder is followed', async () => {
    const outside = folders.make({
      'notes.md': `# Notes\n${TOKENS[0]}\n`,
      'icon.png': Buffer.from(`\u0089PNG${TOKENS[0]}`),
    });
    const dir = folders.make({ 'real.json': valid() });
    symlinkSync(path.join(outside, 'notes.md'), path.join(dir, 'readme.md'));
    symlinkSync(path.join(outside, 'icon.png'), path.join(dir, 'icon.png'));
    symlinkSync(path.join(dir, 'real.json'), path.join(dir, SWAGGER));
    const { diagnostics, connector } = await lintConnector(dir);
    expect(connector.readme?.text).toBe('');
    expect(connector.readme?.unreadable).toMatch(/outside the connector folder/);
    expect(connector.icon).toBeUndefined();
    expect(JSON.stringify(diagnostics)).not.toContain(TOKENS[0]);
    // The definition behind the inside link is linted as usual: the valid fixture gives no JSON finding.
    expect(connector.swagger?.document?.data).toMatchObject({ swagger: '2.0', paths: expect.any(Object) });
    expect(diagnostics.filter((d) => d.code === 'ppc-json-valid')).toEqual([]);
    expect(diagnostics.some((d) => d.code === 'ppc-file-required-set' && /apiDefinition/.test(d.message))).toBe(false);
  });

  it('a dangling link and a link to itself say what they are, in a whole sentence', async () => {
    const dangling = folders.make({});
    symlinkSync('nowhere', path.join(dangling, SWAGGER));
    const looping = folders.make({});
    symlinkSync(SWAGGER, path.join(looping, SWAGGER));
    const [a, b] = await Promise.all([lintConnector(dangling), lintConnector(looping)]);
    expect(located(a.diagnostics, 'ppc-json-valid').map((d) => d.message)).toEqual([
      '"apiDefinition.swagger.json" cannot be read: it is a broken symbolic link (its target does not exist); make it a readable regular file.',
    ]);
    expect(located(b.diagnostics, 'ppc-json-valid').map((d) => d.message)).toEqual([
      '"apiDefinition.swagger.json" cannot be read: it is a symbolic link loop (it points back to itself); make it a readable regular file.',
    ]);
    expect(JSON.stringify([a.diagnostics, b.diagnostics])).not.toMatch(/outside the connector folder/);
  });

  it('a readme linked from outside the folder is reported as such, not as empty', async () => {
    const outside = folders.make({ 'notes.md': '# Notes\n' });
    const dir = folders.make({ [SWAGGER]: valid() });
    symlinkSync(path.join(outside, 'notes.md'), path.join(dir, 'readme.md'));
    const { diagnostics } = await lintConnector(dir, { profile: 'certified' });
    const readme = diagnostics.filter((d) => d.code === 'ppc-readme-present');
    expect(readme.map((d) => d.message)).toEqual([
      '"readme.md" cannot be read: it is a symbolic link to a path outside the connector folder, which is never read; put the file itself in the folder.',
    ]);
  });
});

/** Named pipes and sockets exist on Linux and macOS only. */
const unixIt = process.platform === 'win32' ? it.skip : it;

function mkfifo(file: string): void {
  const r = spawnSync('mkfifo', [file]);
  if (r.status !== 0) throw new Error(`mkfifo ${file} failed: ${r.stderr?.toString() ?? r.error?.message}`);
}

/** A Unix socket at `file`, open until `close()` (closing it removes the file). */
async function socketAt(file: string): Promise<net.Server> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(file, resolve));
  return server;
}

describe('connector files that are not regular files: a located finding, never a read that blocks', () => {
  const owners: Array<[string, string, RegExp]> = [
    [SWAGGER, 'ppc-json-valid', /apiDefinition\.swagger\.json/],
    ['apiProperties.json', 'ppc-json-valid', /apiProperties\.json/],
    ['script.csx', 'ppc-code-size', /script\.csx/],
    ['README.md', 'ppc-readme-present', /README\.md/],
  ];
  const kinds: Array<[string, (file: string) => Promise<(() => void) | void> | void]> = [
    ['a named pipe', (file) => mkfifo(file)],
    ['a folder', (file) => void mkdirSync(file)],
    [
      'a socket',
      async (file) => {
        const server = await socketAt(file);
        return () => server.close();
      },
    ],
  ];

  for (const [kind, make] of kinds) {
    unixIt.each(owners)(`${kind} named %s`, async (name, code, where) => {
      const dir = folders.make(name === SWAGGER ? {} : { [SWAGGER]: valid() });
      const close = await make(path.join(dir, name));
      try {
        const { diagnostics } = await lintConnector(dir, { profile: 'certified' });
        const hits = located(diagnostics, code).filter((d) => /cannot be read/.test(d.message));
        expect(hits.map((d) => d.message)).toEqual([
          expect.stringMatching(
            new RegExp(`^"${where.source}" cannot be read: it is not a regular file \\(${kind}\\)`),
          ),
        ]);
        expect(path.basename(hits[0].source!)).toBe(name);
        // Not also reported as missing, as an extra artifact or as a file to rename.
        const also = diagnostics.filter(
          (d) =>
            (d.code === 'ppc-file-required-set' && d.message.includes(`has no ${name.toLowerCase()}`)) ||
            (d.code === 'ppc-file-no-extra-artifacts' && d.message.startsWith(name)),
        );
        expect(also).toEqual([]);
        expect(diagnostics.some((d) => d.code === 'ppc-lint-failed')).toBe(false);
      } finally {
        close?.();
      }
    });
  }

  unixIt('a pipe with another name is an extra artifact, and regular files give no "cannot be read"', async () => {
    const dir = folders.make({ [SWAGGER]: valid(), 'apiProperties.json': '{"properties": {}}', 'readme.md': '# X\n' });
    mkfifo(path.join(dir, 'notes.txt'));
    const { diagnostics } = await lintConnector(dir, { profile: 'certified' });
    expect(diagnostics.filter((d) => /cannot be read/.test(d.message))).toEqual([]);
    expect(diagnostics.some((d) => d.code === 'ppc-file-no-extra-artifacts' && /notes\.txt/.test(d.message))).toBe(
      true,
    );
  });
});

describe('the built CLI on hostile folders', () => {
  const cli = path.join(ROOT, 'dist/cli.js');
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });

  it('reports located findings with exit 1 and no stack trace, and keeps the other folders', () => {
    if (!existsSync(cli)) throw new Error('run npm run build first');
    const deep = folders.make({ [SWAGGER]: `${'['.repeat(100_000)}${']'.repeat(100_000)}` });
    const commas = folders.make({ [SWAGGER]: `[${','.repeat(1_000_000)}]` });
    const keys = folders.make({
      [SWAGGER]: valid().replace(
        '"swagger": "2.0",',
        '"swagger": "2.0", "constructor": {"toString": 1}, "__proto__": {"polluted": 1},',
      ),
    });
    const fine = folders.make({ [SWAGGER]: valid() });
    const r = run(['lint', '-f', 'json', deep, commas, keys, fine]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const out = JSON.parse(r.stdout) as Array<{ code: string; source: string }>;
    for (const dir of [deep, commas])
      expect(out.some((d) => d.code === 'ppc-json-valid' && d.source.startsWith(dir))).toBe(true);
    expect(out.some((d) => d.source.startsWith(fine))).toBe(true);
  });

  it('gives a one-line error and exit 2 only when the input cannot be read at all', () => {
    const r = run(['lint', path.join(folders.make({}), 'missing')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  /** A run that can only end in a one-line error naming `file` with `what`, exit 2, and nothing on stdout. */
  function expectOneLineError(r: ReturnType<typeof run>, file: string, what: RegExp): void {
    expect(r.error).toBeUndefined(); // spawnSync's timeout: the run hung
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(what);
  }

  it('a file target no rule reads (text, /etc/passwd) is a one-line error with exit 2, not "No problems found"', () => {
    const notes = path.join(folders.make({ 'notes.txt': 'not a connector' }), 'notes.txt');
    for (const file of [notes, '/etc/passwd'])
      expectOneLineError(
        run(['lint', file]),
        file,
        /not a connector file; give a connector folder or one of its files/,
      );
    // A JSON file of any name is still read as a definition.
    const other = path.join(folders.make({ 'contoso.json': valid() }), 'contoso.json');
    expect(run(['lint', '-q', other]).status).not.toBe(2);
  });

  it('an empty argument is a one-line error with exit 2, never the current folder or a dropped option', () => {
    const dir = folders.make({ [SWAGGER]: valid() });
    for (const args of [
      ['lint', ''],
      ['lint', '--files-from-changes', ''],
      ['lint', dir, '--ruleset', ''],
      ['lint', dir, '--baseline='],
      ['diff', '', dir],
      ['fix', '--dry-run', ''],
    ]) {
      const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000, cwd: dir });
      expect({ args, status: r.status, stdout: r.stdout }).toEqual({ args, status: 2, stdout: '' });
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/an empty argument \(""\) was given|was given an empty value/);
    }
  });

  unixIt(
    'a definition linked from outside its folder, named as a file or by a glob, is reported and never read or fixed',
    () => {
      const outside = folders.make({
        'secret.json': valid().replace('"swagger": "2.0",', `"swagger": "2.0", "x-token": "${TOKENS[0]}",`),
      });
      const secret = path.join(outside, 'secret.json');
      const before = readFileSync(secret, 'utf8');
      const tree = folders.make({});
      mkdirSync(path.join(tree, 'C'));
      const link = path.join(tree, 'C', SWAGGER);
      symlinkSync(secret, link);
      for (const target of [link, path.join(tree, '*', SWAGGER)]) {
        const r = run(['lint', '-f', 'json', target]);
        expect(r.status).toBe(1);
        expect(r.stdout).not.toContain(TOKENS[0].slice(4, 12));
        const out = JSON.parse(r.stdout) as Array<{ code: string; message: string }>;
        expect(out.map((d) => d.code)).toEqual(['ppc-json-valid']);
        expect(out[0].message).toMatch(/symbolic link to a path outside the connector folder, which is never read/);
        run(['fix', target]);
        expect(readFileSync(secret, 'utf8')).toBe(before);
      }
      // The diff names the reason once, in a sentence.
      const diff = run(['diff', folders.make({ [SWAGGER]: valid() }), link]);
      expect(diff.status).toBe(2);
      expect(diff.stderr).toMatch(
        /cannot be read: it is a symbolic link to a path outside the connector folder, which is never read; make it a regular file/,
      );
    },
  );

  unixIt('a named pipe for apiProperties.json ends in a located finding, beside another folder on two workers', () => {
    const piped = folders.make({ [SWAGGER]: valid() });
    mkfifo(path.join(piped, 'apiProperties.json'));
    const fine = folders.make({ [SWAGGER]: valid() });
    const r = run(['lint', '-f', 'json', '-j', '2', piped, fine]);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as Array<{ code: string; source: string; message: string }>;
    expect(out.filter((d) => /cannot be read/.test(d.message))).toEqual([
      expect.objectContaining({
        code: 'ppc-json-valid',
        source: path.join(piped, 'apiProperties.json'),
        message: expect.stringContaining('it is not a regular file (a named pipe)'),
      }),
    ]);
    expect(out.some((d) => d.source.startsWith(fine))).toBe(true);
  });

  unixIt('a named pipe given as the target is a one-line error with exit 2, not "no such file"', () => {
    const file = path.join(folders.make({}), SWAGGER);
    mkfifo(file);
    expectOneLineError(run(['lint', file]), file, /cannot be read: it is not a regular file \(a named pipe\)/);
    expectOneLineError(run(['lint', '--profile', 'custom', file]), file, /a named pipe/);
  });

  unixIt('a named pipe as .spectral.yaml in the folder or a parent, --ruleset or --baseline is exit 2', () => {
    const dir = folders.make({ [SWAGGER]: valid() });
    mkfifo(path.join(dir, '.spectral.yaml'));
    const inFolder = path.join(dir, '.spectral.yaml');
    expectOneLineError(
      run(['lint', dir]),
      inFolder,
      /cannot read ruleset file: it is not a regular file \(a named pipe\)/,
    );

    const parent = folders.make({});
    const child = path.join(parent, 'Contoso');
    mkdirSync(child);
    writeFileSync(path.join(child, SWAGGER), valid());
    mkfifo(path.join(parent, '.spectral.yaml'));
    expectOneLineError(run(['lint', child]), path.join(parent, '.spectral.yaml'), /a named pipe/);

    const fine = folders.make({ [SWAGGER]: valid() });
    const pipe = path.join(folders.make({}), 'ruleset.yaml');
    mkfifo(pipe);
    expectOneLineError(run(['lint', fine, '--ruleset', pipe]), pipe, /cannot read ruleset file: .*a named pipe/);
    expectOneLineError(run(['lint', fine, '--baseline', pipe]), pipe, /cannot read baseline: .*a named pipe/);
  });

  unixIt(
    'a .spectral.yaml linked to a device or to itself is exit 2 at once; a regular one in a parent applies',
    () => {
      const device = folders.make({ [SWAGGER]: valid() });
      const zero = path.join(device, '.spectral.yaml');
      symlinkSync('/dev/zero', zero);
      const started = performance.now();
      // Found, it leaves its folder and is not opened; named, it is opened and refused as a device.
      expectOneLineError(run(['lint', device]), zero, /ruleset file not read: it is a symbolic link to a file outside/);
      expectOneLineError(run(['lint', device, '--ruleset', zero]), zero, /not a regular file \(a device\)/);
      expect(performance.now() - started).toBeLessThan(30_000);

      const loop = folders.make({ [SWAGGER]: valid() });
      symlinkSync('.spectral.yaml', path.join(loop, '.spectral.yaml'));
      expectOneLineError(run(['lint', loop]), path.join(loop, '.spectral.yaml'), /a symbolic link loop/);

      const parent = folders.make({ '.spectral.yaml': 'rules:\n  ppc-json-valid: off\n' });
      const child = path.join(parent, 'Contoso');
      mkdirSync(child);
      writeFileSync(path.join(child, SWAGGER), '{');
      const r = run(['lint', '-f', 'json', child]);
      expect(r.status).not.toBe(2);
      expect((JSON.parse(r.stdout) as Array<{ code: string }>).some((d) => d.code === 'ppc-json-valid')).toBe(false);
    },
  );

  it('two runs on the same folder at once print the same JSON as one run alone and leave no temporary files', async () => {
    const dir = folders.swagger((d) => {
      d.info.title = 'Contoso API Connector';
    });
    const tmp = mkdtempSync(path.join(require('node:os').tmpdir(), 'ppc-hostile-tmp-'));
    const env = { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp };
    const alone = spawnSync(process.execPath, [cli, 'lint', '-f', 'json', dir], {
      encoding: 'utf8',
      timeout: 60_000,
      env,
    });
    const runAsync = () =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [cli, 'lint', '-f', 'json', dir], { env });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
        child.on('close', () => resolve(out));
      });
    const [a, b] = await Promise.all([runAsync(), runAsync()]);
    expect(alone.stdout).toContain('ppc-');
    expect(a).toBe(alone.stdout);
    expect(b).toBe(alone.stdout);
    expect(readdirSync(tmp)).toEqual([]);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('prints byte-identical JSON for the same input and leaves no temporary files', () => {
    const dir = folders.swagger((d) => {
      d.info.title = 'Contoso API Connector';
      d.paths['/tasks/overdue'] = d.paths['/tasks'];
    });
    writeFileSync(path.join(dir, 'readme.md'), '# Contoso\n');
    // The CLI gets a temporary folder of its own (TMPDIR), so other tests running beside this one do not count.
    const tmp = mkdtempSync(path.join(require('node:os').tmpdir(), 'ppc-hostile-tmp-'));
    const env = { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp };
    const a = spawnSync(process.execPath, [cli, 'lint', '-f', 'json', dir], { encoding: 'utf8', timeout: 60_000, env });
    const b = spawnSync(process.execPath, [cli, 'lint', '-f', 'json', dir], { encoding: 'utf8', timeout: 60_000, env });
    expect(a.stdout.length).toBeGreaterThan(100);
    expect(a.stdout).toBe(b.stdout);
    expect(readdirSync(tmp)).toEqual([]);
    rmSync(tmp, { recursive: true, force: true });
  });
});
