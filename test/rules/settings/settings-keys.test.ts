import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios } from '../../helpers/scenarios';

describe('ppc-settings-keys', () => {
  folderScenarios('ppc-settings-keys', [
    {
      name: 'A misspelt key.',
      files: {
        'settings.json': {
          json: {
            connectorId: '',
            environment: '',
            apiProperties: 'apiProperties.json',
            apiDefinitions: 'apiDefinition.swagger.json',
          },
        },
      },
      expect: [{ path: ['apiDefinitions'], line: 5, message: 'settings.json has the unknown key "apiDefinitions"' }],
    },
    {
      name: 'The paconn keys.',
      files: {
        'settings.json': {
          json: {
            connectorId: '',
            environment: '',
            apiProperties: 'apiProperties.json',
            apiDefinition: 'apiDefinition.swagger.json',
            powerAppsApiVersion: '2016-11-01',
          },
        },
      },
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
