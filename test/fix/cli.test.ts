import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyPatch } from 'diff';
import { displayPath } from '../../src/lint';
import { cli } from '../helpers/cli';
import { brokenDefinition, insertAfter, listNames, serialize, STYLES, tempConnector } from './helpers';

const SWAGGER = 'apiDefinition.swagger.json';
const style = STYLES[1];
const { broken, safe, all } = brokenDefinition();

async function withBroken(run: (dir: string, file: string) => Promise<void>): Promise<void> {
  const dir = await tempConnector({ [SWAGGER]: serialize(broken, style) });
  try {
    await run(dir, path.join(dir, SWAGGER));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe('ppc-lint fix', () => {
  it('applies the safe fixes, reports what remains with its fix mark, and exits 1 while an error remains', () =>
    withBroken(async (dir, file) => {
      const r = await cli('fix', dir);
      expect(await fs.readFile(file, 'utf8')).toBe(serialize(safe, style));
      // ppc-param-x-ms-summary and the empty schema of a 204 (errors) have only suggestions, so they remain.
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/\(suggestion: ppc-lint fix\s+--suggestions\)\s+ppc-param-x-ms-summary/);
      expect(r.stdout).not.toContain('ppc-summary-no-trailing-punct');
      expect(r.stderr).toMatch(/applied 12 fixes in 1 file; 2 errors, /);
    }));

  it('applies suggestions with --suggestions and exits 0 when no error remains', () =>
    withBroken(async (dir, file) => {
      const r = await cli('fix', dir, '--suggestions', '-f', 'json');
      expect(await fs.readFile(file, 'utf8')).toBe(serialize(all, style));
      const remaining = JSON.parse(r.stdout) as { code: string; severity: number }[];
      expect(remaining.filter((d) => d.severity === 0)).toEqual([]);
      expect(r.code).toBe(0);
    }));

  it('--dry-run prints a unified diff, writes nothing and exits by what would remain', () =>
    withBroken(async (dir, file) => {
      const before = await fs.readFile(file, 'utf8');
      const names = await listNames(dir);
      const r = await cli('fix', '--dry-run', dir);
      expect(await fs.readFile(file, 'utf8')).toBe(before);
      expect(await listNames(dir)).toEqual(names);
      expect(r.stdout).toMatch(/^--- a\/\S*apiDefinition\.swagger\.json\n\+\+\+ b\/\S*apiDefinition\.swagger\.json$/m);
      expect(r.stdout).toContain('\n-                "summary": "List tasks.",\n');
      expect(r.stdout).toContain('\n+                "summary": "List tasks",\n');
      expect(r.stdout).toContain('-        "https",\n-        "http"\n+        "https"');
      expect(r.stderr).toMatch(/would apply 12 fixes in 1 file; 2 errors, .* would remain/);
      // The diff turns the file into what `fix` writes.
      expect(applyPatch(before, r.stdout)).toBe(serialize(safe, style));
      expect(r.code).toBe(1);
    }));

  it('--dry-run masks secrets in the diff and shows the lines of a CR-only file apart', async () => {
    const token = 'ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
    const doc = structuredClone(broken);
    // Between two lines the fix changes, so the diff shows it as context.
    doc.paths['/tasks'].get = insertAfter(doc.paths['/tasks'].get, 'summary', 'x-ms-test-value', token);
    const dir = await tempConnector({ [SWAGGER]: serialize(doc, style).replace(/\n/g, '\r') });
    try {
      const r = await cli('fix', '--dry-run', dir);
      expect(r.stdout).toContain('+                "summary": "List tasks",\n');
      expect(r.stdout).toContain(' "x-ms-test-value": "ghp_…(40 characters, masked)",\n');
      expect(r.stdout).not.toContain(token);
      expect(r.stdout).not.toContain('\r');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('--rule limits the fixes; a rule without a fix is a usage error (exit 2)', () =>
    withBroken(async (dir, file) => {
      const r = await cli(
        'fix',
        dir,
        '--rule',
        'ppc-summary-no-trailing-punct',
        '--rule',
        'ppc-schemes-https-only',
        '-q',
      );
      const expected = structuredClone(broken);
      expected.paths['/tasks'].get.summary = 'List tasks';
      expected.schemes = ['https'];
      expect(await fs.readFile(file, 'utf8')).toBe(serialize(expected, style));
      expect(r.stderr).toBe('');
      const bad = await cli('fix', dir, '--rule', 'ppc-title-required');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('rule "ppc-title-required" has no automatic fix');
      const typo = await cli('fix', dir, '--rule', 'ppc-nope');
      expect(typo.code).toBe(2);
      expect(typo.stderr).toContain('unknown rule "ppc-nope"; rules with one: ');
    }));

  it('the JSON format carries the fix of a remaining finding with its edits', () =>
    withBroken(async (dir) => {
      const r = await cli('fix', dir, '-f', 'json', '--rule', 'ppc-schemes-https-only');
      const results = JSON.parse(r.stdout) as {
        code: string;
        fix?: { kind: string; description: string; edits?: { offset: number; content: string }[] };
      }[];
      const punct = results.find((d) => d.code === 'ppc-summary-no-trailing-punct');
      expect(punct?.fix).toMatchObject({ kind: 'safe', edits: [{ content: '' }] });
      expect(results.find((d) => d.code === 'ppc-schemes-https-only')).toBeUndefined();
      const plain = results.find((d) => d.code === 'ppc-single-response-schema');
      expect(plain?.fix).toBeUndefined();
    }));

  it('SARIF output carries fixes for what remains', () =>
    withBroken(async (dir) => {
      const r = await cli('fix', dir, '-f', 'sarif', '--rule', 'ppc-schemes-https-only');
      const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; fixes?: unknown[] }[] }[] };
      expect(log.runs[0].results.find((x) => x.ruleId === 'ppc-summary-no-trailing-punct')?.fixes).toHaveLength(1);
      expect(r.code).toBe(1);
    }));

  it('names a fix it did not apply because it would add a finding, and leaves that text as it was', async () => {
    const doc = structuredClone(safe);
    doc.paths['/tasks'].get.parameters[0]['x-ms-visibilty'] = 'Advanced';
    const text = serialize(doc, style);
    const dir = await tempConnector({ [SWAGGER]: text });
    try {
      const r = await cli('fix', dir, '--suggestions', '--rule', 'ppc-x-ms-unknown');
      expect(await fs.readFile(path.join(dir, SWAGGER), 'utf8')).toBe(text);
      expect(r.stderr).toContain(
        'ppc-lint: did not apply the ppc-x-ms-unknown fix at "paths./tasks.get.parameters.0.x-ms-visibilty" in ' +
          `${displayPath(path.join(dir, SWAGGER))} (Rename "x-ms-visibilty" to "x-ms-visibility"): ` +
          'it makes ppc-visibility-casing at "paths./tasks.get.parameters.0.x-ms-visibility" appear; fix that finding by hand.\n',
      );
      expect((await cli('fix', dir, '--suggestions', '--rule', 'ppc-x-ms-unknown', '-q')).stderr).toBe('');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('a missing target exits 2', async () => {
    const r = await cli('fix', path.join(__dirname, 'no-such-folder'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file or folder');
  });

  it('an unknown option exits 2 without leaving the process', async () => {
    const r = await cli('fix', '--no-such-option', 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--no-such-option'");
  });

  describe('targets as lint takes them', () => {
    /** A tree with two broken connectors (`connectors/A`, `connectors/B`) and nothing else. */
    async function tree(): Promise<string> {
      const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-fix-tree-'));
      for (const name of ['A', 'B']) {
        const dir = await tempConnector({ [SWAGGER]: serialize(broken, style) });
        await fs.cp(dir, path.join(root, 'connectors', name), { recursive: true });
        await fs.rm(dir, { recursive: true, force: true });
      }
      return root;
    }

    it('fixes every connector under a folder of connectors', async () => {
      const root = await tree();
      try {
        const r = await cli('fix', root);
        for (const name of ['A', 'B'])
          expect(await fs.readFile(path.join(root, 'connectors', name, SWAGGER), 'utf8')).toBe(serialize(safe, style));
        expect(r.stderr).toMatch(
          /applied 24 fixes in 2 files; 4 errors, .* remain in 2 connectors \(certified profile\)/,
        );
        expect(r.code).toBe(1);
      } finally {
        await fs.rm(root, { recursive: true, force: true });
      }
    });

    it('fixes what exists and exits 2 when a target is missing', async () => {
      const root = await tree();
      try {
        const r = await cli('fix', path.join(root, 'connectors', 'A'), path.join(root, 'nowhere'), '-q');
        expect(await fs.readFile(path.join(root, 'connectors', 'A', SWAGGER), 'utf8')).toBe(serialize(safe, style));
        expect(await fs.readFile(path.join(root, 'connectors', 'B', SWAGGER), 'utf8')).toBe(serialize(broken, style));
        expect(r.stderr).toContain(`${path.join(root, 'nowhere')}: no such file or folder`);
        expect(r.code).toBe(2);
      } finally {
        await fs.rm(root, { recursive: true, force: true });
      }
    });

    it('follows the nearest .spectral.yaml: a rule it turns off is neither fixed nor reported', async () => {
      const root = await tree();
      try {
        await fs.writeFile(
          path.join(root, '.spectral.yaml'),
          'extends: spectral-power-platform\nrules:\n  ppc-summary-no-trailing-punct: off\n',
        );
        const r = await cli('fix', path.join(root, 'connectors', 'A'), '-f', 'json');
        const text = await fs.readFile(path.join(root, 'connectors', 'A', SWAGGER), 'utf8');
        expect(text).toContain('"summary": "List tasks."');
        expect(text).not.toContain('"http"');
        expect((JSON.parse(r.stdout) as { code: string }[]).map((d) => d.code)).not.toContain(
          'ppc-summary-no-trailing-punct',
        );
      } finally {
        await fs.rm(root, { recursive: true, force: true });
      }
    });
  });
});
