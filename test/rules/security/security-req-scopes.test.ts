import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { oauthDoc } from '../../helpers/security';

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
      edit: documentedEdit('ppc-security-req-scopes', 'invalid'),
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
      edit: documentedEdit('ppc-security-req-scopes', 'invalid', 1),
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
      edit: documentedEdit('ppc-security-req-scopes', 'invalid', 2),
      expect: [
        {
          path: ['security', '0', 'oauth2_auth', '0'],
          line: { containing: '"tasks.admin"' },
          message:
            'Scope "tasks.admin" of security requirement "oauth2_auth" is not one of its definition\'s scopes (OAuthSecurityRequirementValueMustBeScopeName)',
        },
      ],
    },
    { name: 'An API key requirement with [].', edit: documentedEdit('ppc-security-req-scopes', 'valid'), expect: [] },
    {
      name: 'A declared OAuth scope.',
      edit: documentedEdit('ppc-security-req-scopes', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
