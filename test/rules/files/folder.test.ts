import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { lintConnector } from '../../../src/lint';
import { connectorWith, lintFolderRule, SEVERITY } from '../../helpers/lint';

const FOLDER_RULES = ['ppc-file-required-set', 'ppc-file-no-extra-artifacts', 'ppc-file-names'];

describe('folder structure rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of FOLDER_RULES) expect({ id, results: await lintFolderRule(id, {}) }).toEqual({ id, results: [] });
  });

  it('ppc-file-required-set reports each missing file at the folder', async () => {
    const results = await lintFolderRule('ppc-file-required-set', { 'readme.md': null, 'apiProperties.json': null });
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ code: 'ppc-file-required-set', severity: SEVERITY.error });
    expect(results[0]!.source).toMatch(/ppc-fixture-[^/]+$/);
    expect(results.map((r) => r.message)).toEqual([
      expect.stringMatching(/^The connector folder has no apiProperties\.json \(the connection and policy properties\); add it/),
      expect.stringContaining('has no readme.md'),
    ]);
  });

  it('ppc-file-required-set accepts any readme case and hints at a misnamed one', async () => {
    expect(await lintFolderRule('ppc-file-required-set', { 'readme.md': null, 'Readme.md': '# Contoso Tasks\n' })).toEqual([]);
    const [finding] = await lintFolderRule('ppc-file-required-set', { 'readme.md': null, 'Readme.md.txt': '# Contoso Tasks\n' });
    expect(finding!.message).toContain('(found "Readme.md.txt"; rename it to readme.md)');
  });

  it('ppc-file-no-extra-artifacts warns once per extra file or folder', async () => {
    const results = await lintFolderRule('ppc-file-no-extra-artifacts', {
      'icon.png': 'png',
      'settings.json': { json: { apiDefinition: 'apiDefinition.swagger.json' } },
      'images/step1.png': 'png',
      'script.csx': 'public class Script : ScriptBase { }\n',
    });
    expect(results.map((r) => path.basename(r.source ?? ''))).toEqual(['icon.png', 'images', 'settings.json']);
    expect(results.every((r) => r.severity === SEVERITY.warn)).toBe(true);
    const messages = results.map((r) => r.message);
    expect(messages[0]).toBe(
      'icon.png is not part of a connector pull request; upload the icon in Partner Center / ISV Studio instead (reviewers ask for icons, settings.json, images and screenshots to be removed).',
    );
    expect(messages[1]).toContain('images/ is not part of a connector pull request; remove the folder');
    expect(messages[2]).toContain('keep it locally for paconn');
  });

  it('ppc-file-names warns on non-canonical names of the definition, properties and script', async () => {
    const results = await lintFolderRule('ppc-file-names', {
      'apiDefinition.swagger.json': null,
      'apidefinition.swagger.json': '{"swagger": "2.0", "info": {"title": "Contoso Tasks", "version": "1.0"}, "paths": {}}\n',
      'Script.cs': '// code\n',
    });
    expect(results.map((r) => r.message)).toEqual([
      'apidefinition.swagger.json should be named apiDefinition.swagger.json; rename it (the pipeline and paconn look for that name).',
      'Script.cs should be named script.csx; rename it (paconn and the certification package expect that name).',
    ]);
    expect(results[0]).toMatchObject({ code: 'ppc-file-names', severity: SEVERITY.warn });
    expect(results[0]!.source).toMatch(/apidefinition\.swagger\.json$/);
    const extra = await lintFolderRule('ppc-file-names', { 'old.swagger.json': '{}' });
    expect(extra[0]!.message).toContain('(the folder also has apiDefinition.swagger.json; remove the extra definition)');
  });

  it('a single-file target gets no folder-structure findings', async () => {
    const dir = await connectorWith({ 'icon.png': 'png', 'readme.md': null });
    try {
      const { diagnostics } = await lintConnector(path.join(dir, 'apiDefinition.swagger.json'));
      expect(diagnostics.filter((d) => FOLDER_RULES.includes(String(d.code)))).toEqual([]);
      const renamed = path.join(dir, 'contoso.json');
      await fs.copyFile(path.join(dir, 'apiDefinition.swagger.json'), renamed);
      const single = await lintConnector(renamed);
      expect(single.diagnostics.filter((d) => FOLDER_RULES.includes(String(d.code)))).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
