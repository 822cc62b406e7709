import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios } from '../../helpers/scenarios';

describe('ppc-settings-values', () => {
  folderScenarios('ppc-settings-values', [
    {
      name: 'An environment name and an old API version.',
      files: { 'settings.json': { json: { environment: 'Contoso (default)', powerAppsApiVersion: '2016-01-01' } } },
      expect: [
        { path: ['environment'], line: 2, message: 'settings.json environment is "Contoso (default)"' },
        { path: ['powerAppsApiVersion'], line: 3, message: 'settings.json powerAppsApiVersion is "2016-01-01"' },
      ],
    },
    {
      name: 'A GUID and the supported version.',
      files: {
        'settings.json': {
          json: {
            environment: '7d1e2f60-7c4b-4d1f-9a55-1b6a3c2d9e10',
            powerAppsApiVersion: '2016-11-01',
            flowUrl: 'https://api.flow.microsoft.com',
          },
        },
      },
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
