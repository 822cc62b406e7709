import * as path from 'node:path';
import { lintFolderRule, SEVERITY } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('folder structure rules', () => {
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
});

describe('ppc-file-no-extra-artifacts scenarios', () => {
  folderScenarios('ppc-file-no-extra-artifacts', [
    {
      name: 'settings.json left in the folder.',
      files: documentedFiles('ppc-file-no-extra-artifacts', 'invalid'),
      expect: [{ path: [], line: 1, message: 'settings.json is not part of a connector pull request' }],
    },
    {
      name: 'A screenshots folder.',
      files: documentedFiles('ppc-file-no-extra-artifacts', 'invalid', 1),
      expect: [{ path: [], line: 1, message: 'screenshots/ is not part of a connector pull request' }],
    },
    {
      name: 'The definition, apiProperties.json, the readme and a script.',
      files: documentedFiles('ppc-file-no-extra-artifacts', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
