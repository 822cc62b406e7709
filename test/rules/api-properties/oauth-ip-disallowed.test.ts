import { lintPropertiesRule } from '../../helpers/lint';
import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { validProps, withProps, oauth } from '../../helpers/properties';

describe('OAuth settings', () => {
  it('ppc-oauth-ip-disallowed warns independent publishers about OAuth', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-oauth-ip-disallowed',
        withProps((p) => (p.connectionParameters = { token: oauth({}) })),
        'independent-publisher',
      ),
    ).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-oauth-ip-disallowed', validProps(), 'independent-publisher')).toEqual([]);
  });
});

describe('ppc-oauth-ip-disallowed scenarios', () => {
  propertiesScenarios('ppc-oauth-ip-disallowed', [
    {
      name: 'OAuth in an independent-publisher connector.',
      edit: documentedEdit('ppc-oauth-ip-disallowed', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'token', 'type'],
          line: { containing: '"type": "oauthSetting",' },
          message: 'Connection parameter "token" uses OAuth',
        },
      ],
      profile: 'independent-publisher',
    },
    {
      name: 'An API key.',
      edit: documentedEdit('ppc-oauth-ip-disallowed', 'valid'),
      expect: [],
      profile: 'independent-publisher',
    },
    { name: 'the valid fixture', edit: () => {}, expect: [], profile: 'independent-publisher' },
  ]);
});
