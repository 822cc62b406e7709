import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { withProps, oauth } from '../../helpers/properties';

describe('ppc-oauth-identity-provider', () => {
  propertiesScenarios('ppc-oauth-identity-provider', [
    {
      name: 'No identity provider.',
      edit: documentedEdit('ppc-oauth-identity-provider', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'token', 'oAuthSettings'],
          line: { containing: '"oAuthSettings": {' },
          message: 'OAuth connection parameter "token" has no identityProvider',
        },
      ],
    },
    {
      name: 'The generic OAuth 2.0 provider.',
      edit: documentedEdit('ppc-oauth-identity-provider', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-oauth-identity-provider, further cases', () => {
  it('ppc-oauth-identity-provider: missing provider is an error; ppc-oauth-identity-provider-known: unknown one a warning', async () => {
    const missing = await lintPropertiesRule(
      'ppc-oauth-identity-provider',
      withProps((p) => (p.connectionParameters = { token: oauth({ identityProvider: undefined }) })),
    );
    expect(missing).toHaveLength(1);
  });
});
