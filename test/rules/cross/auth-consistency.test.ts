import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';
import { props } from '../../helpers/properties';

describe('cross-file rules', () => {
  it('ppc-auth-consistency: API key needs a securestring; OAuth needs an oauthSetting and a definition', async () => {
    const [key] = await lintFolderRule('ppc-auth-consistency', {
      'apiProperties.json': props({}, { region: { type: 'string' } }),
    });
    expect(key.message).toContain('"api_key" is an API key');
    const oauth = { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2' } } };
    const results = await lintFolderRule('ppc-auth-consistency', { 'apiProperties.json': props({}, oauth) });
    expect(results.map((r) => r.message)).toEqual([
      expect.stringContaining('no "securestring"'),
      expect.stringContaining('"token" is OAuth'),
    ]);
    expect(await lintFolderRule('ppc-auth-consistency', {})).toEqual([]);
  });
});

describe('ppc-auth-consistency scenarios', () => {
  folderScenarios('ppc-auth-consistency', [
    {
      name: 'An API key definition without a securestring parameter.',
      files: documentedFiles('ppc-auth-consistency', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters'],
          line: 3,
          message:
            'The definition\'s security definition "api_key" is an API key, but apiProperties.json has no "securestring" connection parameter to hold it',
        },
      ],
    },
    {
      name: 'An API key definition and a securestring parameter.',
      files: documentedFiles('ppc-auth-consistency', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
