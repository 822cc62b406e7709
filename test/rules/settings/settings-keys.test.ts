import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('ppc-settings-keys', () => {
  folderScenarios('ppc-settings-keys', [
    {
      name: 'A misspelt key.',
      files: documentedFiles('ppc-settings-keys', 'invalid'),
      expect: [{ path: ['apiDefinitions'], line: 5, message: 'settings.json has the unknown key "apiDefinitions"' }],
    },
    {
      name: 'The paconn keys.',
      files: documentedFiles('ppc-settings-keys', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-settings-keys', () => {
  it('suggests the right spelling of a key', async () => {
    const [k] = await lintFolderRule('ppc-settings-keys', { 'settings.json': { json: { connectorid: 'x' } } });
    expect(k.message).toContain('rename it to "connectorId"');
  });
});
