import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { oauthDoc } from '../../helpers/security';

describe('ppc-secdef-no-client-credentials', () => {
  ruleScenarios('ppc-secdef-no-client-credentials', [
    {
      name: 'The client-credentials flow.',
      edit: documentedEdit('ppc-secdef-no-client-credentials', 'invalid'),
      expect: [
        {
          path: ['securityDefinitions', 'oauth2_auth', 'flow'],
          line: { containing: '"flow": "application",' },
          message: 'Security definition "oauth2_auth" uses the OAuth client-credentials flow ("application")',
        },
      ],
    },
    {
      name: 'The authorization-code flow.',
      edit: documentedEdit('ppc-secdef-no-client-credentials', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-secdef-no-client-credentials, further cases', () => {
  it('ppc-secdef-no-client-credentials warns about the application flow', async () => {
    const doc = oauthDoc({ flow: 'application' });
    delete doc.securityDefinitions.oauth2_auth.authorizationUrl;
    const [d] = await lintRule('ppc-secdef-no-client-credentials', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['securityDefinitions', 'oauth2_auth', 'flow'] });
    expect(d.message).toContain(
      'Security definition "oauth2_auth" uses the OAuth client-credentials flow ("application")',
    );
  });
});
