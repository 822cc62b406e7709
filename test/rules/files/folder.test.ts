import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { lintConnector } from '../../../src/lint';
import { connectorWith, lintFolderRule } from '../../helpers/lint';

const FOLDER_RULES = ['ppc-file-required-set', 'ppc-file-no-extra-artifacts', 'ppc-file-names'];

describe('folder structure rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of FOLDER_RULES) expect({ id, results: await lintFolderRule(id, {}) }).toEqual({ id, results: [] });
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
