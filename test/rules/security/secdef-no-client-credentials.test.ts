import { ruleScenarios } from '../../helpers/scenarios';
import { oauth2 } from '../../../src/rules/security/example-edits';
import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('ppc-secdef-no-client-credentials', () => {
  ruleScenarios('ppc-secdef-no-client-credentials', [
    {
      name: 'The client-credentials flow.',
      edit: (doc) => {
        delete doc.securityDefinitions.api_key;
        doc.securityDefinitions.oauth2_auth = {
          type: 'oauth2',
          flow: 'application',
          tokenUrl: 'https://login.contoso.com/oauth2/token',
          scopes: { 'tasks.read': 'Read tasks', 'tasks.write': 'Create and update tasks' },
        };
        delete doc.security[0].api_key;
        doc.security[0].oauth2_auth = ['tasks.read'];
      },
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
      edit: (doc) => {
        delete doc.securityDefinitions.api_key;
        doc.securityDefinitions.oauth2_auth = {
          type: 'oauth2',
          flow: 'accessCode',
          authorizationUrl: 'https://login.contoso.com/oauth2/authorize',
          tokenUrl: 'https://login.contoso.com/oauth2/token',
          scopes: { 'tasks.read': 'Read tasks', 'tasks.write': 'Create and update tasks' },
        };
        delete doc.security[0].api_key;
        doc.security[0].oauth2_auth = ['tasks.read'];
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-secdef-no-client-credentials, further cases', () => {
  function oauthDoc(overrides: Record<string, unknown> = {}, scopes: unknown = ['tasks.read']): Record<string, any> {
    const doc = validSwagger();
    doc.securityDefinitions = { oauth2_auth: oauth2(overrides) };
    doc.security = [{ oauth2_auth: scopes }];
    return doc;
  }
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
