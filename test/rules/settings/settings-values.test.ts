import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('ppc-settings-values', () => {
  folderScenarios('ppc-settings-values', [
    {
      name: 'An environment name and an old API version.',
      files: documentedFiles('ppc-settings-values', 'invalid'),
      expect: [
        { path: ['environment'], line: 2, message: 'settings.json environment is "Contoso (default)"' },
        { path: ['powerAppsApiVersion'], line: 3, message: 'settings.json powerAppsApiVersion is "2016-01-01"' },
      ],
    },
    {
      name: 'A GUID and the supported version.',
      files: documentedFiles('ppc-settings-values', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-settings-values', () => {
  it('reports each bad value and accepts empty ones', async () => {
    expect(
      await lintFolderRule('ppc-settings-values', {
        'settings.json': { json: { environment: 'ABC', flowUrl: 'http://x' } },
      }),
    ).toHaveLength(2);
    expect(
      await lintFolderRule('ppc-settings-values', { 'settings.json': { json: { environment: '', connectorId: '' } } }),
    ).toEqual([]);
  });
});
