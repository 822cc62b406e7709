import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lineContaining, ROOT, VALID_DIR } from '../helpers/lint';
import { readFileSync } from 'node:fs';

// Packs the package as npm would publish it, installs the tarball with spectral-cli in a fresh project,
// and lints through `extends:` by package name, as users do.
const SPECTRAL_CLI = '@stoplight/spectral-cli@6.16.3';
let project: string;

function run(cmd: string, args: string[], cwd: string) {
  return spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SCARF_ANALYTICS: 'false', NO_COLOR: '1' },
  });
}

/** spectral-cli on one file of the project, with the package's offline resolver and a JSON report. */
function spectralWithResolver(file: string) {
  const resolver = path.join(project, 'node_modules/spectral-power-platform/dist/resolver.js');
  return run(
    path.join(project, 'node_modules/.bin/spectral'),
    ['lint', file, '--format', 'json', '--quiet', '--resolver', resolver],
    project,
  );
}

beforeAll(() => {
  project = mkdtempSync(path.join(os.tmpdir(), 'ppc-integration-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8' });
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'ppc-consumer', private: true }));
  const install = run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', `./${tarball}`, SPECTRAL_CLI],
    project,
  );
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.stderr}`);
  // A connector with a known problem: a title with "API".
  cpSync(VALID_DIR, path.join(project, 'MyConnector'), { recursive: true });
  const swagger = path.join(project, 'MyConnector/apiDefinition.swagger.json');
  writeFileSync(
    swagger,
    readFileSync(swagger, 'utf8').replace('"title": "Contoso Tasks"', '"title": "Contoso Tasks API"'),
  );
  // And one in apiProperties.json: a connection parameter type that does not exist.
  const properties = path.join(project, 'MyConnector/apiProperties.json');
  writeFileSync(properties, readFileSync(properties, 'utf8').replace('"type": "securestring"', '"type": "sekret"'));
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

function spectralLint(
  ruleset: string,
  file = 'MyConnector/apiDefinition.swagger.json',
): {
  status: number | null;
  stderr: string;
  results: Array<{ code: string; severity: number; range: { start: { line: number } } }>;
} {
  writeFileSync(path.join(project, '.spectral.yaml'), ruleset);
  const r = run(
    path.join(project, 'node_modules/.bin/spectral'),
    ['lint', file, '--format', 'json', '--quiet'],
    project,
  );
  if (r.status === 2) throw new Error(`spectral failed: ${r.stderr}${r.stdout}`);
  return { status: r.status, stderr: r.stderr, results: JSON.parse(r.stdout) };
}

describe('published package', () => {
  const swaggerText = (): string => readFileSync(path.join(project, 'MyConnector/apiDefinition.swagger.json'), 'utf8');

  it.each(['spectral-power-platform', 'spectral-power-platform/independent-publisher'])(
    'spectral-cli extends "%s" by name and reports ppc- findings with lines',
    (name) => {
      const { status, stderr, results } = spectralLint(`extends: ["${name}"]\n`);
      // Its bundler warns about every built-in module the package requires statically; there must be none.
      expect(stderr).not.toMatch(/could not be resolved|treating it as an external/);
      const finding = results.find((r) => r.code === 'ppc-title-no-api-connector');
      expect(finding?.code).toBe('ppc-title-no-api-connector');
      expect(finding!.range.start.line + 1).toBe(lineContaining(swaggerText(), '"title": "Contoso Tasks API"'));
      expect(status).toBe(1);
    },
  );

  it('spectral-cli extends "spectral-power-platform/api-properties" on apiProperties.json', () => {
    const { status, results } = spectralLint(
      'extends: ["spectral-power-platform/api-properties"]\n',
      'MyConnector/apiProperties.json',
    );
    const finding = results.find((r) => r.code === 'ppc-conn-param-type');
    expect(finding?.code).toBe('ppc-conn-param-type');
    const text = readFileSync(path.join(project, 'MyConnector/apiProperties.json'), 'utf8');
    expect(finding!.range.start.line + 1).toBe(lineContaining(text, '"sekret"'));
    expect(results.map((r) => r.code).filter((c) => !c.startsWith('ppc-'))).toEqual([]);
    expect(status).toBe(1);
  });

  // README: "A rule the profile leaves out runs when the file turns it on", in spectral-cli as in ppc-lint.
  it.each([
    ['spectral-power-platform/custom', 'ppc-title-no-api-connector', 'MyConnector/apiDefinition.swagger.json'],
    ['spectral-power-platform/api-properties', 'ppc-brand-color-ip', 'MyConnector/apiProperties.json'],
  ])('spectral-cli extends "%s" and turns on %s, a rule it leaves out', (name, id, file) => {
    const silent = spectralLint(`extends: ["${name}"]\n`, file);
    expect(silent.results.map((r) => r.code)).not.toContain(id);
    const { results } = spectralLint(`extends: ["${name}"]\nrules:\n  ${id}: warn\n`, file);
    expect(results.filter((r) => r.code === id).map((r) => r.severity)).toEqual([1]);
  });

  it('spectral-cli honours a user turning a rule off', () => {
    const { results } = spectralLint(
      'extends: ["spectral-power-platform"]\nrules:\n  ppc-title-no-api-connector: off\n',
    );
    expect(results.map((r) => r.code)).not.toContain('ppc-title-no-api-connector');
  });

  it('one .spectral.yaml, folder rule ids and a pointer override included, loads in spectral-cli and configures ppc-lint', () => {
    const config = [
      'extends: ["spectral-power-platform"]',
      'rules:',
      '  ppc-json-no-bom: off',
      '  ppc-file-names: error',
      'overrides:',
      '  - files: ["MyConnector/apiDefinition.swagger.json#/info/title"]',
      '    rules:',
      '      ppc-title-no-api-connector: off',
      '',
    ].join('\n');
    const { results } = spectralLint(config);
    expect(results.map((r) => r.code)).not.toContain('ppc-title-no-api-connector');
    const r = run(
      path.join(project, 'node_modules/.bin/ppc-lint'),
      ['lint', 'MyConnector', '--format', 'json'],
      project,
    );
    expect(r.stderr).not.toMatch(/internal error|unknown rule/);
    const codes = (JSON.parse(r.stdout) as Array<{ code: string }>).map((d) => d.code);
    expect(codes).not.toContain('ppc-title-no-api-connector');
    const moved = spectralLint(config.replace('#/info/title', '#/info/description'));
    expect(moved.results.map((x) => x.code)).toContain('ppc-title-no-api-connector');
  });

  it('the ppc-lint bin of the installed package lints a folder', () => {
    rmSync(path.join(project, '.spectral.yaml'), { force: true });
    const r = run(
      path.join(project, 'node_modules/.bin/ppc-lint'),
      ['lint', 'MyConnector', '--format', 'json'],
      project,
    );
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as Array<{ code: string; source: string; range: { start: { line: number } } }>;
    const finding = results.find((d) => d.code === 'ppc-title-no-api-connector');
    expect(finding?.source).toMatch(/MyConnector[\\/]apiDefinition\.swagger\.json$/);
    expect(results.find((d) => d.code === 'ppc-conn-param-type')?.source).toMatch(
      /MyConnector[\\/]apiProperties\.json$/,
    );
    expect(finding!.range.start.line + 1).toBe(lineContaining(swaggerText(), '"title": "Contoso Tasks API"'));
    expect(r.stderr).toMatch(/ppc-lint: \d+ errors?/);
  });

  it('require() of the package returns the ruleset itself and the api entry exports lintConnector', () => {
    const script =
      "const r=require('spectral-power-platform');const a=require('spectral-power-platform/api');" +
      "console.log(JSON.stringify({rules:Object.keys(r.rules).filter(k=>k.startsWith('ppc-')).length,lint:typeof a.lintConnector}))";
    const r = run(process.execPath, ['-e', script], project);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { rules: number; lint: string };
    expect(out.rules).toBeGreaterThan(2);
    expect(out.lint).toBe('function');
  });

  it('ESM import of the package works', () => {
    const r = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import rs from 'spectral-power-platform/custom'; console.log(Object.keys(rs.rules).length > 0)",
      ],
      project,
    );
    expect(r.stdout.trim()).toBe('true');
  });
});

describe('the offline resolver for spectral-cli', () => {
  it('reports a remote $ref and never requests it', async () => {
    const http = await import('node:http');
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      res.setHeader('content-type', 'application/json');
      res.end('{"type": "string"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const dir = path.join(project, 'RemoteRef');
      cpSync(VALID_DIR, dir, { recursive: true });
      const file = path.join(dir, 'apiDefinition.swagger.json');
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { definitions: Record<string, unknown> };
      doc.definitions.Remote = { $ref: `http://127.0.0.1:${port}/schema.json` };
      doc.definitions.Outside = { $ref: '../../outside.json#/x' };
      writeFileSync(file, JSON.stringify(doc, null, 4));
      writeFileSync(path.join(project, '.spectral.yaml'), 'extends: ["spectral-power-platform"]\n');
      const r = spectralWithResolver('RemoteRef/apiDefinition.swagger.json');
      const results = JSON.parse(r.stdout) as Array<{ code: string; message: string; path: string[] }>;
      expect(requests).toEqual([]);
      const refs = results.filter((x) => x.code === 'invalid-ref');
      expect(refs.some((x) => x.path.includes('Remote'))).toBe(true);
      expect(refs.some((x) => x.path.includes('Outside'))).toBe(true);
    } finally {
      server.close();
    }
  });
});

describe('the offline resolver on a document Spectral cannot resolve', () => {
  it.each([
    [
      'a key named hasOwnProperty',
      (d: Record<string, any>) => (d.definitions.Task.properties.hasOwnProperty = { type: 'string' }),
    ],
    [
      'a chain of 200 local references',
      (d: Record<string, any>) => {
        for (let i = 0; i < 200; i++)
          d.definitions[`D${i}`] = { $ref: i === 199 ? '#/definitions/Task' : `#/definitions/D${i + 1}` };
      },
    ],
  ])('%s: one invalid-ref saying where, and the package rules still report', (name, edit) => {
    const dir = path.join(project, 'Unresolvable');
    rmSync(dir, { recursive: true, force: true });
    cpSync(VALID_DIR, dir, { recursive: true });
    const file = path.join(dir, 'apiDefinition.swagger.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
    edit(doc);
    doc.info.title = 'Contoso Tasks API Connector';
    writeFileSync(file, JSON.stringify(doc, null, 4));
    writeFileSync(path.join(project, '.spectral.yaml'), 'extends: ["spectral-power-platform"]\n');
    const r = spectralWithResolver('Unresolvable/apiDefinition.swagger.json');
    const results = JSON.parse(r.stdout) as Array<{
      code: string;
      message: string;
      range: { start: { line: number } };
    }>;
    const unresolved = results.filter((x) => x.message.startsWith('References were not resolved'));
    expect(unresolved).toHaveLength(1);
    expect(unresolved[0].code).toBe('invalid-ref');
    // spectral-cli parses JSON with its YAML parser, whose range finder cannot locate a path that ends in a missing
    // key, so the key's object is named in the message; the chain starts at a real $ref, which it locates.
    if (name.startsWith('a chain')) expect(unresolved[0].range.start.line).toBeGreaterThan(0);
    else expect(unresolved[0].message).toContain('"#/definitions/Task/properties"');
    expect(results.map((x) => x.code)).toContain('ppc-title-no-api-connector');
  });
});
