import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/lint';
import { cli, commitAll, initRepo, swaggerText, tempDir, TITLE_API, writeConnector } from './helpers';

const SUMMARY_DOT: [string, string] = ['"summary": "Get a task by ID"', '"summary": "Get a task by ID."'];
const CLI_JS = path.join(ROOT, 'dist/cli.js');

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames?: boolean;
  require_serial?: boolean;
}

/** pre-commit's `files` is a Python regex; a leading (?i) is its case-insensitive flag. */
function hookFilter(files: string): RegExp {
  return files.startsWith('(?i)') ? new RegExp(files.slice(4), 'i') : new RegExp(files);
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const hook = hooks.find((h) => h.id === 'ppc-lint')!;

  /**
   * The arguments pre-commit gives `ppc-lint`: the entry split into words (with `options` before its closing `--`,
   * as the README shows for an entry with options), then the file names.
   */
  function hookArgs(files: readonly string[], options: readonly string[] = []): string[] {
    const [command, ...words] = hook.entry.split(' ');
    expect(command).toBe('ppc-lint');
    return [...words.slice(0, -1), ...options, ...words.slice(-1), ...files];
  }

  it('is a node hook that passes file names to ppc-lint lint in one process, after --', () => {
    expect(hook).toMatchObject({ language: 'node', pass_filenames: true, require_serial: true });
    expect(hook.entry.split(' ').slice(0, 2)).toEqual(['ppc-lint', 'lint']);
    expect(hook.entry.split(' ').at(-1)).toBe('--');
  });

  (existsSync(CLI_JS) ? it : it.skip)(
    'a staged file in a folder whose name starts with "-" is linted, not read as an option',
    async () => {
      // pre-commit runs at the work tree root with names relative to it.
      const root = tempDir();
      await fs.mkdir(path.join(root, '.git'));
      await writeConnector(path.join(root, '-x'), { 'apiDefinition.swagger.json': swaggerText([TITLE_API]) });
      // Without `--`, "-o/…" would be -o with a value: the report written over /apiDefinition.swagger.json.
      await writeConnector(path.join(root, '-o'), { 'apiDefinition.swagger.json': swaggerText([SUMMARY_DOT]) });
      const files = ['-x/apiDefinition.swagger.json', '-o/apiDefinition.swagger.json'];
      const r = spawnSync(process.execPath, [CLI_JS, ...hookArgs(files, ['--format', 'json'])], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(r.stderr).not.toMatch(/unknown option|missing required argument/);
      const findings = JSON.parse(r.stdout) as Array<{ code: string; source: string }>;
      const source = (code: string) => findings.filter((f) => f.code === code).map((f) => f.source);
      expect(source('ppc-title-no-api-connector')).toEqual([path.join(root, '-x', 'apiDefinition.swagger.json')]);
      expect(source('ppc-summary-no-trailing-punct')).toEqual([path.join(root, '-o', 'apiDefinition.swagger.json')]);
      expect(r.status).toBe(1);
      // The hook exactly as written, stylish report: the connector is named and linted.
      const plain = spawnSync(process.execPath, [CLI_JS, ...hookArgs(['-x/apiDefinition.swagger.json'])], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(plain.status).toBe(1);
      expect(plain.stdout).toContain('ppc-title-no-api-connector');
      expect(plain.stderr).toMatch(/in 1 connector/);
    },
  );

  it('options given as args, after --, stop the run instead of being dropped as missing changed files', async () => {
    const root = tempDir();
    const a = await writeConnector(path.join(root, 'A'), { 'apiDefinition.swagger.json': swaggerText() });
    const file = path.join(a, 'apiDefinition.swagger.json');
    for (const args of [
      ['--profile', 'independent-publisher'],
      ['-p', 'custom'],
      ['--output.sarif', 'x.sarif'],
    ]) {
      const r = await cli(...hookArgs([...args, file]));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`"${args[0]}" follows "--", so it is read as a changed file`);
      expect(r.stdout).toBe('');
    }
    // A staged file really named like an option is a file.
    await fs.writeFile(path.join(root, '--profile'), 'x');
    const cwd = process.cwd();
    try {
      process.chdir(root);
      expect((await cli(...hookArgs(['--profile', file]))).code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  });

  it('its entry lints each connector folder holding changed files once, and skips files outside connectors', async () => {
    const root = tempDir();
    const a = await writeConnector(path.join(root, 'connectors', 'A'), {
      'apiDefinition.swagger.json': swaggerText([TITLE_API]),
    });
    const b = await writeConnector(path.join(root, 'connectors', 'B'), {
      'apiDefinition.swagger.json': swaggerText([SUMMARY_DOT]),
    });
    await fs.writeFile(path.join(root, 'README.md'), '# repo\n');
    const changed = [
      path.join(a, 'apiDefinition.swagger.json'),
      path.join(a, 'apiProperties.json'),
      path.join(a, 'readme.md'),
      path.join(b, 'apiDefinition.swagger.json'),
      path.join(root, 'README.md'),
      path.join(root, 'package.json'),
    ];
    const passed = changed.filter((f) => hookFilter(hook.files).test(f.split(path.sep).join('/')));
    expect(passed).not.toContain(path.join(root, 'package.json'));
    const r = await cli(...hookArgs(passed, ['--format', 'json']));
    const findings = JSON.parse(r.stdout) as Array<{ code: string; source: string }>;
    expect(findings.filter((f) => f.code === 'ppc-title-no-api-connector').map((f) => f.source)).toEqual([
      path.join(a, 'apiDefinition.swagger.json'),
    ]);
    expect(findings.filter((f) => f.code === 'ppc-summary-no-trailing-punct').map((f) => f.source)).toEqual([
      path.join(b, 'apiDefinition.swagger.json'),
    ]);
    expect(r.code).toBe(1);
  });

  it('with no connector files among the changes it lints nothing and passes', async () => {
    const root = tempDir();
    await fs.writeFile(path.join(root, 'notes.md'), 'x');
    const r = await cli(...hookArgs([path.join(root, 'notes.md')], ['--format', 'json']));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

interface ActionStep {
  id?: string;
  name: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: ActionStep[] };
}

describe('action.yml', () => {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
  const lintStep = action.runs.steps.find((s) => s.id === 'lint')!;

  it('is a composite action that installs the package, lints new findings only by default and uploads SARIF', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps[0].run).toMatch(/npm install .*spectral-power-platform@/);
    expect(action.inputs.base.default).toBe('${{ github.event.pull_request.base.sha }}');
    expect(action.inputs['new-only'].default).toBe('true');
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.sarif_file).toBe('${{ inputs.sarif-file }}');
    expect(upload?.if).toContain('always()');
  });

  /** Run the lint step's script as the runner would, with `ppc-lint` on PATH pointing at the built CLI. */
  function runLintStep(
    cwd: string,
    inputs: Record<string, string>,
  ): { status: number | null; stdout: string; stderr: string; outputs: string } {
    const bin = tempDir('ppc-bin-');
    writeFileSync(path.join(bin, 'ppc-lint'), `#!/bin/sh\nexec "${process.execPath}" "${CLI_JS}" "$@"\n`);
    chmodSync(path.join(bin, 'ppc-lint'), 0o755);
    const outputFile = path.join(tempDir('ppc-out-'), 'output');
    writeFileSync(outputFile, '');
    const values: Record<string, string> = {};
    for (const [name, spec] of Object.entries(action.inputs)) values[name] = spec.default ?? '';
    Object.assign(values, inputs);
    const env: Record<string, string> = {};
    for (const [key, expr] of Object.entries(lintStep.env ?? {})) {
      env[key] = String(expr).replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_m, name: string) => values[name] ?? '');
    }
    const r = spawnSync('bash', ['-c', lintStep.run!], {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...env,
        GITHUB_OUTPUT: outputFile,
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
      },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs: readFileSync(outputFile, 'utf8') };
  }

  const built = existsSync(CLI_JS);
  (built ? it : it.skip)(
    "its lint step reports only the pull request's new findings as SARIF and annotations",
    async () => {
      const root = tempDir();
      initRepo(root);
      const connector = await writeConnector(path.join(root, 'connectors', 'MyConnector'), {
        'apiDefinition.swagger.json': swaggerText([TITLE_API]),
      });
      await fs.writeFile(path.join(root, 'README.md'), '# connectors\n');
      const base = commitAll(root, 'base');
      await fs.writeFile(path.join(connector, 'apiDefinition.swagger.json'), swaggerText([TITLE_API, SUMMARY_DOT]));
      await fs.writeFile(path.join(root, 'README.md'), '# connectors, changed\n');
      commitAll(root, 'pull request');

      const r = runLintStep(root, { base });
      expect(r.status).toBe(1);
      expect(r.outputs).toContain('exit-code=1');
      const sarif = JSON.parse(readFileSync(path.join(root, 'ppc.sarif'), 'utf8')) as {
        runs: Array<{ results: Array<{ ruleId: string }> }>;
      };
      expect(sarif.runs[0].results.map((x) => x.ruleId)).toEqual(['ppc-summary-no-trailing-punct']);
      expect(r.stdout).toMatch(
        /^::error file=connectors\/MyConnector\/apiDefinition\.swagger\.json,line=\d+,.*title=ppc-summary-no-trailing-punct::/m,
      );
      expect(r.stdout).not.toContain('ppc-title-no-api-connector');

      // A pull request that touches no connector passes without linting.
      const quiet = runLintStep(root, { base: 'HEAD' });
      expect(quiet.status).toBe(0);
      expect(quiet.stdout).toContain('no connector files changed');

      // Explicit paths with new-only off report everything, title included.
      const all = runLintStep(root, { paths: 'connectors/MyConnector', 'new-only': 'false', 'upload-sarif': 'false' });
      expect(all.status).toBe(1);
      expect(all.stdout).toContain('ppc-title-no-api-connector');
    },
  );
});
