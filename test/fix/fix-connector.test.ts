import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fixConnector } from '../../src/fix';
import { lintConnector } from '../../src/lint';
import { brokenDefinition, listNames, renameKey, serialize, STYLES, tempConnector, withTextDefects } from './helpers';

const SWAGGER = 'apiDefinition.swagger.json';
const { broken, safe, all } = brokenDefinition();

function findingKeys(diagnostics: { code: string | number; path: (string | number)[] }[]): Set<string> {
  return new Set(diagnostics.map((d) => `${String(d.code)} ${JSON.stringify(d.path)}`));
}

describe('fixConnector keeps the layout byte for byte', () => {
  it.each(STYLES.map((s) => [s.name, s] as const))('%s: safe fixes', async (_name, style) => {
    const before = withTextDefects(serialize(broken, style), style.eol);
    const dir = await tempConnector({ [SWAGGER]: before });
    try {
      const lintBefore = await lintConnector(dir);
      const result = await fixConnector(dir);
      const after = await fs.readFile(path.join(dir, SWAGGER), 'utf8');
      expect(after).toBe(serialize(safe, style));
      expect(result.stable).toBe(true);
      expect(result.files.map((f) => path.basename(f.path))).toEqual([SWAGGER]);
      expect(result.files[0].before).toBe(before);
      expect(result.files[0].after).toBe(after);
      const fixedRules = new Set(result.files[0].applied.map((a) => a.code));
      expect([...fixedRules].sort()).toEqual([
        'ppc-description-op-sentence',
        'ppc-format-no-trailing-whitespace',
        'ppc-json-no-bom',
        'ppc-no-empty-schema',
        'ppc-param-description-sentence',
        'ppc-schemes-https-only',
        'ppc-summary-alnum-parens',
        'ppc-summary-no-trailing-punct',
        'ppc-summary-restricted-chars',
        'ppc-visibility-casing',
        'ppc-x-ms-unknown',
        'ppc-x-ms-visibility-value',
      ]);
      // Nothing new is reported, and what remains of the fixed rules is only the suggestions.
      const beforeKeys = findingKeys(lintBefore.diagnostics);
      expect(result.diagnostics.filter((d) => !beforeKeys.has(`${String(d.code)} ${JSON.stringify(d.path)}`))).toEqual(
        [],
      );
      expect(
        result.diagnostics.filter((d) => fixedRules.has(String(d.code))).map((d) => [d.code, d.fix?.kind]),
      ).toEqual([['ppc-no-empty-schema', 'suggestion']]);
      expect(result.diagnostics.find((d) => d.code === 'ppc-param-x-ms-summary')?.fix?.kind).toBe('suggestion');
      // A second run changes nothing.
      const again = await fixConnector(dir);
      expect(again.files).toEqual([]);
      expect(await fs.readFile(path.join(dir, SWAGGER), 'utf8')).toBe(after);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it.each(STYLES.filter((s) => s.name !== '4 spaces').map((s) => [s.name, s] as const))(
    '%s: with suggestions',
    async (_name, style) => {
      const dir = await tempConnector({ [SWAGGER]: serialize(broken, style) });
      try {
        await fixConnector(dir, { suggestions: true });
        expect(await fs.readFile(path.join(dir, SWAGGER), 'utf8')).toBe(serialize(all, style));
        const remaining = (await lintConnector(dir)).diagnostics.map((d) => d.code);
        expect(remaining).not.toContain('ppc-param-x-ms-summary');
        expect(remaining).not.toContain('ppc-no-empty-schema');
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('fixConnector options and safety', () => {
  it('a dry run writes nothing and returns the fixed text', async () => {
    const before = serialize(broken, STYLES[1]);
    const dir = await tempConnector({ [SWAGGER]: before });
    try {
      const namesBefore = await listNames(dir);
      const result = await fixConnector(dir, { dryRun: true });
      expect(await fs.readFile(path.join(dir, SWAGGER), 'utf8')).toBe(before);
      expect(await listNames(dir)).toEqual(namesBefore);
      expect(result.files).toHaveLength(1);
      expect(result.files[0].path).toBe(path.join(dir, SWAGGER));
      expect(result.files[0].written).toBe(false);
      expect(result.files[0].after).toBe(serialize(safe, STYLES[1]));
      // Remaining findings point at the real files, not at the temporary copy.
      expect(result.diagnostics.every((d) => d.source === undefined || d.source.startsWith(dir))).toBe(true);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('fixes a single definition file, in place or as a dry run', async () => {
    const style = STYLES[2];
    const dir = await tempConnector({ [SWAGGER]: serialize(broken, style) });
    const file = path.join(dir, SWAGGER);
    try {
      const dry = await fixConnector(file, { dryRun: true, rules: ['ppc-schemes-https-only'] });
      expect(dry.files.map((f) => f.path)).toEqual([file]);
      expect(await fs.readFile(file, 'utf8')).toBe(serialize(broken, style));
      await fixConnector(file, { rules: ['ppc-schemes-https-only'] });
      expect(await fs.readFile(file, 'utf8')).toBe(serialize({ ...broken, schemes: ['https'] }, style));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('a fix that uncovers another is followed by a second round, up to maxPasses', async () => {
    // Renaming the misspelled key (a suggestion) makes the casing rule see "Advanced" in the next round.
    const doc = structuredClone(safe);
    doc.paths['/tasks'].get.parameters[0]['x-ms-visibilty'] = 'Advanced';
    const options = { suggestions: true, rules: ['ppc-x-ms-unknown', 'ppc-visibility-casing'] };
    const dir = await tempConnector({ [SWAGGER]: serialize(doc, STYLES[0]) });
    try {
      const one = await fixConnector(dir, { ...options, maxPasses: 1 });
      expect([one.passes, one.stable]).toEqual([1, false]);
      expect(one.files[0].applied.map((a) => a.code)).toEqual(['ppc-x-ms-unknown']);
      const rest = await fixConnector(dir, options);
      expect([rest.passes, rest.stable]).toEqual([1, true]);
      doc.paths['/tasks'].get.parameters[0] = renameKey(
        doc.paths['/tasks'].get.parameters[0],
        'x-ms-visibilty',
        'x-ms-visibility',
      );
      doc.paths['/tasks'].get.parameters[0]['x-ms-visibility'] = 'advanced';
      expect(await fs.readFile(path.join(dir, SWAGGER), 'utf8')).toBe(serialize(doc, STYLES[0]));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('rules limits the fixes to the named rules', async () => {
    const style = STYLES[1];
    const dir = await tempConnector({ [SWAGGER]: serialize(broken, style) });
    try {
      const result = await fixConnector(dir, { rules: ['ppc-schemes-https-only'] });
      const expected = serialize({ ...broken, schemes: ['https'] }, style);
      expect(await fs.readFile(path.join(dir, SWAGGER), 'utf8')).toBe(expected);
      expect(result.files[0].applied.map((a) => a.code)).toEqual(['ppc-schemes-https-only']);
      expect(result.diagnostics.map((d) => d.code)).toContain('ppc-summary-no-trailing-punct');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('never writes a file that is not strict JSON, and keeps the file mode; no temporary file is left', async () => {
    const text = `${serialize(broken, STYLES[1]).trimEnd().slice(0, -1)},}\n`; // a trailing comma
    const dir = await tempConnector({ [SWAGGER]: text });
    try {
      await fs.chmod(path.join(dir, SWAGGER), 0o640);
      const result = await fixConnector(dir);
      expect(result.files).toEqual([]);
      expect(await fs.readFile(path.join(dir, SWAGGER), 'utf8')).toBe(text);
      expect(await listNames(dir)).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a comment', (t: string) => t.replace('{', '{ // note')],
    [
      'invalid UTF-8',
      (t: string) => Buffer.concat([Buffer.from(t.replace('Contoso Tasks', 'Contoso Tasks X')), Buffer.from([0xe9])]),
    ],
  ])('never writes a file with %s', async (_name, make) => {
    const content = make(serialize(broken, STYLES[1]));
    const dir = await tempConnector({ [SWAGGER]: content });
    try {
      const result = await fixConnector(dir);
      expect(result.files).toEqual([]);
      expect(Buffer.compare(await fs.readFile(path.join(dir, SWAGGER)), Buffer.from(content))).toBe(0);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps the file mode of a fixed file', async () => {
    const dir = await tempConnector({ [SWAGGER]: serialize(broken, STYLES[0]) });
    try {
      await fs.chmod(path.join(dir, SWAGGER), 0o600);
      await fixConnector(dir, { rules: ['ppc-schemes-https-only'] });
      expect((await fs.stat(path.join(dir, SWAGGER))).mode & 0o777).toBe(0o600);
      expect(await listNames(dir)).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('given a symbolic link to a definition, fixes the file it points to and keeps the link', async () => {
    const dir = await tempConnector({});
    const real = path.join(dir, 'real.json');
    const link = path.join(dir, SWAGGER);
    try {
      await fs.writeFile(real, serialize(broken, STYLES[0]));
      await fs.rm(link);
      await fs.symlink(real, link);
      await fixConnector(link, { rules: ['ppc-schemes-https-only'] });
      expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
      expect(await fs.readFile(real, 'utf8')).toBe(serialize({ ...broken, schemes: ['https'] }, STYLES[0]));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('fixes a BOM in apiProperties.json', async () => {
    const props = await fs.readFile(path.join(__dirname, '../../fixtures/connectors/valid/apiProperties.json'), 'utf8');
    const dir = await tempConnector({ 'apiProperties.json': `\ufeff${props}` });
    try {
      const result = await fixConnector(dir, { rules: ['ppc-json-no-bom'] });
      expect(await fs.readFile(path.join(dir, 'apiProperties.json'), 'utf8')).toBe(props);
      expect(result.diagnostics.map((d) => d.code)).not.toContain('ppc-json-no-bom');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('fixConnector never leaves a finding that was not there', () => {
  const style = STYLES[0];
  const TITLE = ['definitions', 'NewTask', 'properties', 'title'];

  /** The fixed document with a final period on one summary and a misspelled summary key on NewTask.title. */
  function withBadRename(summaryValue: unknown, fixed: boolean): Record<string, any> {
    const doc = structuredClone(safe);
    doc.paths['/tasks'].get.summary = fixed ? 'List tasks' : 'List tasks.';
    const title = renameKey(doc.definitions.NewTask.properties.title, 'x-ms-summary', 'x-ms-summay');
    title['x-ms-summay'] = summaryValue;
    doc.definitions.NewTask.properties.title = title;
    return doc;
  }

  it('withholds a safe fix whose result another rule reports, and applies the others', async () => {
    // Renaming the key makes ppc-x-ms-summary-type report the number, and that rule has no fix.
    const dir = await tempConnector({ [SWAGGER]: serialize(withBadRename(5, false), style) });
    try {
      const before = await lintConnector(dir);
      expect(before.diagnostics.map((d) => d.code)).not.toContain('ppc-x-ms-summary-type');
      const result = await fixConnector(dir);
      expect(await fs.readFile(path.join(dir, SWAGGER), 'utf8')).toBe(serialize(withBadRename(5, true), style));
      expect(result.files[0].applied.map((a) => a.code)).toEqual(['ppc-summary-no-trailing-punct']);
      expect(result.withheld).toEqual([
        {
          code: 'ppc-x-ms-unknown',
          source: path.join(dir, SWAGGER),
          path: [...TITLE, 'x-ms-summay'],
          description: 'Rename "x-ms-summay" to "x-ms-summary".',
          caused: [`ppc-x-ms-summary-type at "${[...TITLE, 'x-ms-summary'].join('.')}"`],
        },
      ]);
      // Its finding remains, without a fix to offer; nothing new is reported and the run is stable.
      const unknown = result.diagnostics.find((d) => d.code === 'ppc-x-ms-unknown');
      expect(unknown && { path: unknown.path, fix: unknown.fix }).toEqual({
        path: [...TITLE, 'x-ms-summay'],
        fix: undefined,
      });
      const beforeKeys = findingKeys(before.diagnostics);
      expect(result.diagnostics.filter((d) => !beforeKeys.has(`${String(d.code)} ${JSON.stringify(d.path)}`))).toEqual(
        [],
      );
      expect(result.stable).toBe(true);
      const again = await fixConnector(dir);
      expect([again.files, again.withheld.length]).toEqual([[], 1]);
      expect(await fs.readFile(path.join(dir, SWAGGER), 'utf8')).toBe(serialize(withBadRename(5, true), style));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('applies the same rename when its result is clean', async () => {
    const dir = await tempConnector({ [SWAGGER]: serialize(withBadRename('Title', false), style) });
    try {
      const result = await fixConnector(dir);
      expect(await fs.readFile(path.join(dir, SWAGGER), 'utf8')).toBe(
        serialize({ ...withBadRename('Title', true), definitions: safe.definitions }, style),
      );
      expect(result.withheld).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('a finding a fix uncovers must be fixed by a fix of this run: not when its rule is left out', async () => {
    // The rename makes ppc-visibility-casing report "Advanced"; with that rule left out, nothing would fix it.
    const doc = structuredClone(safe);
    doc.paths['/tasks'].get.parameters[0]['x-ms-visibilty'] = 'Advanced';
    const text = serialize(doc, STYLES[0]);
    const dir = await tempConnector({ [SWAGGER]: text });
    try {
      const result = await fixConnector(dir, { suggestions: true, rules: ['ppc-x-ms-unknown'] });
      expect(result.files).toEqual([]);
      expect(await fs.readFile(path.join(dir, SWAGGER), 'utf8')).toBe(text);
      expect(result.withheld.map((w) => [w.code, w.caused])).toEqual([
        ['ppc-x-ms-unknown', ['ppc-visibility-casing at "paths./tasks.get.parameters.0.x-ms-visibility"']],
      ]);
      expect(result.stable).toBe(true);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('finds the fix at fault when the finding is reported far from it', async () => {
    // A third identical copy of the status parameter makes ppc-shared-params report the first copy, in another
    // operation.
    const build = (fixed: boolean): Record<string, any> => {
      const doc = structuredClone(safe);
      const status = doc.paths['/tasks'].get.parameters[0];
      doc.paths['/tasks'].get.summary = fixed ? 'List tasks' : 'List tasks.';
      doc.paths['/tasks/{taskId}'].get.parameters.push(structuredClone(status));
      doc.paths['/tasks/{taskId}'].delete.parameters.push({
        ...status,
        description: status.description.replace(/\.$/, ''),
      });
      return doc;
    };
    const dir = await tempConnector({ [SWAGGER]: serialize(build(false), style) });
    try {
      const result = await fixConnector(dir);
      expect(await fs.readFile(path.join(dir, SWAGGER), 'utf8')).toBe(serialize(build(true), style));
      expect(result.withheld.map((w) => [w.code, w.path, w.caused])).toEqual([
        [
          'ppc-param-description-sentence',
          ['paths', '/tasks/{taskId}', 'delete', 'parameters', '1', 'description'],
          ['ppc-shared-params at "paths./tasks.get.parameters.0"'],
        ],
      ]);
      expect(result.diagnostics.map((d) => d.code)).not.toContain('ppc-shared-params');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('a dry run withholds the same fixes and reports the original file', async () => {
    const text = serialize(withBadRename(5, false), style);
    const dir = await tempConnector({ [SWAGGER]: text });
    try {
      const result = await fixConnector(dir, { dryRun: true });
      expect(await fs.readFile(path.join(dir, SWAGGER), 'utf8')).toBe(text);
      expect(result.files.map((f) => [f.path, f.after])).toEqual([
        [path.join(dir, SWAGGER), serialize(withBadRename(5, true), style)],
      ]);
      expect(result.withheld.map((w) => [w.source, w.code])).toEqual([[path.join(dir, SWAGGER), 'ppc-x-ms-unknown']]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
