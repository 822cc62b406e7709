import { oauth2 } from '../../../src/rules/security/example-edits';
import { lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { lineAfter, messages } from '../../helpers/triggers';
import { ruleScenarios } from '../../helpers/scenarios';

function oauthDoc(overrides: Record<string, unknown> = {}, scopes: unknown = ['tasks.read']): Record<string, any> {
  const doc = validSwagger();
  doc.securityDefinitions = { oauth2_auth: oauth2(overrides) };
  doc.security = [{ oauth2_auth: scopes }];
  return doc;
}

describe('security rules', () => {
  it('ppc-secdef-types checks each scheme and its required keys', async () => {
    const doc = validSwagger();
    doc.securityDefinitions.api_key.in = 'cookie';
    const [d] = await lintRule('ppc-secdef-types', doc);
    expect(d).toMatchObject({
      code: 'ppc-secdef-types',
      severity: SEVERITY.error,
      path: ['securityDefinitions', 'api_key', 'in'],
    });
    expect(d.message).toContain('Security definition "api_key" has "in": "cookie" (use "header" or "query")');
    expect(lineOf(d)).toBe(lineAfter(doc, '"securityDefinitions"', '"in"'));

    doc.securityDefinitions.api_key = { type: 'ApiKey', name: 'X-API-Key', in: 'header' };
    expect(await messages('ppc-secdef-types', doc)).toEqual([
      expect.stringContaining('has "type": "ApiKey" (use "apiKey"; values are case-sensitive)'),
    ]);
    doc.securityDefinitions.api_key = { type: 'bearer' };
    expect(await messages('ppc-secdef-types', doc)).toEqual([
      expect.stringContaining('connectors support "basic", "apiKey" and "oauth2"'),
    ]);

    const code = oauthDoc();
    delete code.securityDefinitions.oauth2_auth.tokenUrl;
    code.securityDefinitions.oauth2_auth.refreshUrl = 'https://login.contoso.com/refresh';
    const text = (await messages('ppc-secdef-types', code)).join('\n');
    expect(text).toContain('has no "tokenUrl" (required by its flow)');
    expect(text).toContain('(oauth2) has the unknown key "refreshUrl"');

    const http = oauthDoc({ authorizationUrl: 'http://login.contoso.com/authorize', tokenUrl: '/token' });
    const httpText = (await messages('ppc-secdef-types', http)).join('\n');
    expect(httpText).toContain('"authorizationUrl": "http://login.contoso.com/authorize", not an https URL');
    expect(httpText).toContain('"tokenUrl": "/token", not an absolute URL');

    const flow = oauthDoc({ flow: 'authorization_code' });
    expect(await messages('ppc-secdef-types', flow)).toEqual([
      expect.stringContaining('has "flow": "authorization_code"'),
    ]);
    const implicit = oauthDoc({ flow: 'implicit' });
    expect(await messages('ppc-secdef-types', implicit)).toEqual([
      expect.stringContaining('has a "tokenUrl", which the implicit flow does not use'),
    ]);
  });
});

describe('ppc-secdef-types scenarios', () => {
  ruleScenarios('ppc-secdef-types', [
    {
      name: 'An API key in a cookie.',
      edit: (doc) => {
        doc.securityDefinitions.api_key.in = 'cookie';
      },
      expect: [
        {
          path: ['securityDefinitions', 'api_key', 'in'],
          line: { containing: '"in": "cookie",' },
          message: 'Security definition "api_key" has "in": "cookie" (use "header" or "query")',
        },
      ],
    },
    {
      name: 'An authorization-code flow without a token URL.',
      edit: (doc) => {
        delete doc.securityDefinitions.api_key;
        doc.securityDefinitions.oauth2_auth = {
          type: 'oauth2',
          flow: 'accessCode',
          authorizationUrl: 'https://login.contoso.com/oauth2/authorize',
          scopes: { 'tasks.read': 'Read tasks', 'tasks.write': 'Create and update tasks' },
        };
        delete doc.security[0].api_key;
        doc.security[0].oauth2_auth = ['tasks.read'];
      },
      expect: [
        {
          path: ['securityDefinitions', 'oauth2_auth'],
          line: { containing: '"oauth2_auth": {' },
          message: 'Security definition "oauth2_auth" has no "tokenUrl" (required by its flow)',
        },
      ],
    },
    {
      name: 'A plain-http token URL.',
      edit: (doc) => {
        delete doc.securityDefinitions.api_key;
        doc.securityDefinitions.oauth2_auth = {
          type: 'oauth2',
          flow: 'accessCode',
          authorizationUrl: 'https://login.contoso.com/oauth2/authorize',
          tokenUrl: 'http://login.contoso.com/oauth2/token',
          scopes: { 'tasks.read': 'Read tasks', 'tasks.write': 'Create and update tasks' },
        };
        delete doc.security[0].api_key;
        doc.security[0].oauth2_auth = ['tasks.read'];
      },
      expect: [
        {
          path: ['securityDefinitions', 'oauth2_auth', 'tokenUrl'],
          line: { containing: '"tokenUrl": "http://login.contoso.com/oauth2/token",' },
          message:
            'Security definition "oauth2_auth" has "tokenUrl": "http://login.contoso.com/oauth2/token", not an https URL',
        },
      ],
    },
    { name: 'An API key in a header.', edit: () => {}, expect: [] },
    {
      name: 'OAuth 2.0 authorization code.',
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

describe('ppc-secdef-types, further cases', () => {
  it('ppc-secdef-no-client-credentials warns about the application flow', async () => {
    const doc = oauthDoc({ flow: 'application' });
    delete doc.securityDefinitions.oauth2_auth.authorizationUrl;
    expect(await lintRule('ppc-secdef-types', doc)).toEqual([]);
  });
});
