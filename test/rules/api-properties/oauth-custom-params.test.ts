import { lintPropertiesRule } from '../../helpers/lint';
import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { withProps, oauth } from '../../helpers/properties';

describe('OAuth settings', () => {
  it('ppc-oauth-custom-params: aad needs resourceUri; oauth2 takes only its three URLs', async () => {
    const aad = await lintPropertiesRule(
      'ppc-oauth-custom-params',
      withProps(
        (p) =>
          (p.connectionParameters = {
            token: oauth({ identityProvider: 'aad', customParameters: { tenantId: { value: 'common' } } }),
          }),
      ),
    );
    expect(aad.map((r) => r.message)).toEqual([expect.stringContaining('no customParameters.resourceUri')]);
    const extra = await lintPropertiesRule(
      'ppc-oauth-custom-params',
      withProps((p) => (p.connectionParameters = { token: oauth({ customParameters: { audience: { value: 'x' } } }) })),
    );
    expect(extra[0].message).toContain('"audience"');
    expect(
      await lintPropertiesRule(
        'ppc-oauth-custom-params',
        withProps(
          (p) =>
            (p.connectionParameters = {
              token: oauth({
                identityProvider: 'aad',
                customParameters: { resourceUri: { value: 'https://graph.microsoft.com' } },
              }),
            }),
        ),
      ),
    ).toEqual([]);
  });
});

describe('ppc-oauth-custom-params scenarios', () => {
  propertiesScenarios('ppc-oauth-custom-params', [
    {
      name: 'Azure AD without resourceUri.',
      edit: documentedEdit('ppc-oauth-custom-params', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'customParameters'],
          line: { containing: '"customParameters": {' },
          message: 'OAuth connection parameter "token" (aad) has no customParameters.resourceUri',
        },
      ],
    },
    {
      name: 'A bare string value.',
      edit: documentedEdit('ppc-oauth-custom-params', 'invalid', 1),
      expect: [
        {
          path: [
            'properties',
            'connectionParameters',
            'token',
            'oAuthSettings',
            'customParameters',
            'authorizationUrl',
          ],
          line: { containing: '"authorizationUrl": "https://login.contoso.com/oauth2/authorize"' },
          message:
            'OAuth custom parameter "authorizationUrl" of "token" is "https://login.contoso.com/oauth2/authorize"',
        },
      ],
    },
    {
      name: 'oauth2 with its three URLs.',
      edit: documentedEdit('ppc-oauth-custom-params', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
