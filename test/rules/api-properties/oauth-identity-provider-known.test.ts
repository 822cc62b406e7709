import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule, SEVERITY } from '../../helpers/lint';
import { withProps, oauth } from '../../helpers/properties';

describe('ppc-oauth-identity-provider-known', () => {
  propertiesScenarios('ppc-oauth-identity-provider-known', [
    {
      name: 'A misspelt provider.',
      edit: documentedEdit('ppc-oauth-identity-provider-known', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'identityProvider'],
          line: { containing: '"identityProvider": "OAuth2",' },
          message: 'OAuth connection parameter "token" uses the unknown identityProvider "OAuth2"',
        },
      ],
    },
    {
      name: 'Azure Active Directory.',
      edit: documentedEdit('ppc-oauth-identity-provider-known', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-oauth-identity-provider-known, further cases', () => {
  it('ppc-oauth-identity-provider: missing provider is an error; ppc-oauth-identity-provider-known: unknown one a warning', async () => {
    const [unknown] = await lintPropertiesRule(
      'ppc-oauth-identity-provider-known',
      withProps((p) => (p.connectionParameters = { token: oauth({ identityProvider: 'AAD' }) })),
    );
    expect(unknown.severity).toBe(SEVERITY.warn);
    expect(unknown.message).toContain('write "aad"');
    expect(
      await lintPropertiesRule(
        'ppc-oauth-identity-provider-known',
        withProps((p) => (p.connectionParameters = { token: oauth({ identityProvider: 'aad' }) })),
      ),
    ).toEqual([]);
  });
});
