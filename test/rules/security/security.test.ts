import { oauth2 } from '../../../src/rules/security/fixtures';
import { lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { lineAfter, messages } from '../../helpers/triggers';

const RULES = ['ppc-secdef-types', 'ppc-secdef-no-client-credentials', 'ppc-security-req-defined', 'ppc-security-req-scopes'];

function oauthDoc(overrides: Record<string, unknown> = {}, scopes: unknown = ['tasks.read']): Record<string, any> {
  const doc = validSwagger();
  doc.securityDefinitions = { oauth2_auth: oauth2(overrides) };
  doc.security = [{ oauth2_auth: scopes }];
  return doc;
}

describe('security rules', () => {
  it('are silent on the valid fixture (API key), OAuth, basic and no auth', async () => {
    const basic = validSwagger();
    basic.securityDefinitions = { basic_auth: { type: 'basic', description: 'User name and password.' } };
    basic.security = [{ basic_auth: [] }];
    const none = validSwagger();
    none.securityDefinitions = {};
    none.security = [];
    for (const id of RULES) {
      for (const doc of [validSwagger(), oauthDoc(), basic, none]) expect({ id, results: await lintRule(id, doc) }).toEqual({ id, results: [] });
    }
  });

  it('ppc-secdef-types checks each scheme and its required keys', async () => {
    const doc = validSwagger();
    doc.securityDefinitions.api_key.in = 'cookie';
    const [d] = await lintRule('ppc-secdef-types', doc);
    expect(d).toMatchObject({ code: 'ppc-secdef-types', severity: SEVERITY.error, path: ['securityDefinitions', 'api_key', 'in'] });
    expect(d!.message).toContain('Security definition "api_key" has "in": "cookie" (use "header" or "query")');
    expect(lineOf(d!)).toBe(lineAfter(doc, '"securityDefinitions"', '"in"'));

    doc.securityDefinitions.api_key = { type: 'ApiKey', name: 'X-API-Key', in: 'header' };
    expect(await messages('ppc-secdef-types', doc)).toEqual([expect.stringContaining('has "type": "ApiKey" (use "apiKey"; values are case-sensitive)')]);
    doc.securityDefinitions.api_key = { type: 'bearer' };
    expect(await messages('ppc-secdef-types', doc)).toEqual([expect.stringContaining('connectors support "basic", "apiKey" and "oauth2"')]);

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
    expect(await messages('ppc-secdef-types', flow)).toEqual([expect.stringContaining('has "flow": "authorization_code"')]);
    const implicit = oauthDoc({ flow: 'implicit' });
    expect(await messages('ppc-secdef-types', implicit)).toEqual([expect.stringContaining('has a "tokenUrl", which the implicit flow does not use')]);
  });

  it('ppc-secdef-no-client-credentials warns about the application flow', async () => {
    const doc = oauthDoc({ flow: 'application' });
    delete doc.securityDefinitions.oauth2_auth.authorizationUrl;
    const [d] = await lintRule('ppc-secdef-no-client-credentials', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['securityDefinitions', 'oauth2_auth', 'flow'] });
    expect(d!.message).toContain('Security definition "oauth2_auth" uses the OAuth client-credentials flow ("application")');
    expect(await lintRule('ppc-secdef-types', doc)).toEqual([]);
  });

  it('ppc-security-req-defined finds undefined names at the root and on operations', async () => {
    const doc = validSwagger();
    doc.security = [{ apiKey: [] }];
    doc.paths['/tasks'].get.security = [{ oauth: [] }];
    const results = await lintRule('ppc-security-req-defined', doc);
    expect(results.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        ['security', '0', 'apiKey'],
        ['paths', '/tasks', 'get', 'security', '0', 'oauth'],
      ]),
    );
    expect(results[0]!.severity).toBe(SEVERITY.warn);
    expect(results.map((r) => r.message).join('\n')).toContain('Security requirement "apiKey" is not defined in securityDefinitions (defined: "api_key")');
    delete doc.securityDefinitions;
    expect((await messages('ppc-security-req-defined', doc)).join('\n')).toContain('(there are none)');
  });

  it('ppc-security-req-scopes checks requirement values', async () => {
    const doc = validSwagger();
    doc.security = [{ api_key: ['read'] }];
    const [d] = await lintRule('ppc-security-req-scopes', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['security', '0', 'api_key'] });
    expect(d!.message).toContain('Security requirement "api_key" (apiKey) lists scopes; it must be []');
    doc.security = [{ api_key: null }];
    expect(await messages('ppc-security-req-scopes', doc)).toEqual([expect.stringContaining('is null, not an array (SecurityRequirementMustHaveValue)')]);
    doc.security = { api_key: [] };
    expect(await messages('ppc-security-req-scopes', doc)).toEqual([expect.stringContaining('"security" is an object, not an array')]);
    const oauth = oauthDoc({}, ['tasks.read', 'tasks.admin']);
    const [o] = await lintRule('ppc-security-req-scopes', oauth);
    expect(o).toMatchObject({ path: ['security', '0', 'oauth2_auth', '1'] });
    expect(o!.message).toContain('Scope "tasks.admin" of security requirement "oauth2_auth" is not one of its definition\'s scopes');
  });
});
