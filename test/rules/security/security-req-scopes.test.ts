import { oauth2 } from '../../../src/rules/security/example-edits';
import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';
import { ruleScenarios } from '../../helpers/scenarios';

function oauthDoc(overrides: Record<string, unknown> = {}, scopes: unknown = ['tasks.read']): Record<string, any> {
  const doc = validSwagger();
  doc.securityDefinitions = { oauth2_auth: oauth2(overrides) };
  doc.security = [{ oauth2_auth: scopes }];
  return doc;
}

describe('security rules', () => {
  it('ppc-security-req-scopes checks requirement values', async () => {
    const doc = validSwagger();
    doc.security = [{ api_key: ['read'] }];
    const [d] = await lintRule('ppc-security-req-scopes', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['security', '0', 'api_key'] });
    expect(d.message).toContain('Security requirement "api_key" (apiKey) lists scopes; it must be []');
    doc.security = [{ api_key: null }];
    expect(await messages('ppc-security-req-scopes', doc)).toEqual([
      expect.stringContaining('is null, not an array (SecurityRequirementMustHaveValue)'),
    ]);
    doc.security = { api_key: [] };
    expect(await messages('ppc-security-req-scopes', doc)).toEqual([
      expect.stringContaining('"security" is an object, not an array'),
    ]);
    const oauth = oauthDoc({}, ['tasks.read', 'tasks.admin']);
    const [o] = await lintRule('ppc-security-req-scopes', oauth);
    expect(o).toMatchObject({ path: ['security', '0', 'oauth2_auth', '1'] });
    expect(o.message).toContain(
      'Scope "tasks.admin" of security requirement "oauth2_auth" is not one of its definition\'s scopes',
    );
  });
});

describe('ppc-security-req-scopes scenarios', () => {
  ruleScenarios('ppc-security-req-scopes', [
    {
      name: 'Scopes on an API key requirement.',
      edit: (doc) => {
        doc.security[0].api_key = ['read'];
      },
      expect: [
        {
          path: ['security', '0', 'api_key'],
          line: { containing: '"api_key": [' },
          message: 'Security requirement "api_key" (apiKey) lists scopes',
        },
      ],
    },
    {
      name: 'null instead of an array.',
      edit: (doc) => {
        doc.security[0].api_key = null;
      },
      expect: [
        {
          path: ['security', '0', 'api_key'],
          line: { containing: '"api_key": null' },
          message: 'Security requirement "api_key" is null, not an array (SecurityRequirementMustHaveValue)',
        },
      ],
    },
    {
      name: 'An OAuth scope the definition does not declare.',
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
        doc.security[0].oauth2_auth = ['tasks.admin'];
      },
      expect: [
        {
          path: ['security', '0', 'oauth2_auth', '0'],
          line: { containing: '"tasks.admin"' },
          message:
            'Scope "tasks.admin" of security requirement "oauth2_auth" is not one of its definition\'s scopes (OAuthSecurityRequirementValueMustBeScopeName)',
        },
      ],
    },
    { name: 'An API key requirement with [].', edit: () => {}, expect: [] },
    {
      name: 'A declared OAuth scope.',
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
