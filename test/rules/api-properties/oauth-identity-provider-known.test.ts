import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, SEVERITY, VALID_DIR } from '../../helpers/lint';

describe('ppc-oauth-identity-provider-known', () => {
  propertiesScenarios('ppc-oauth-identity-provider-known', [
    {
      name: 'A misspelt provider.',
      edit: (doc) => {
        delete doc.properties.connectionParameters.api_key;
        doc.properties.connectionParameters.token = {
          type: 'oauthSetting',
          oAuthSettings: {
            identityProvider: 'OAuth2',
            clientId: '[[DummyValue]]',
            scopes: [],
            redirectMode: 'GlobalPerConnector',
            customParameters: {
              authorizationUrl: { value: 'https://login.contoso.com/oauth2/authorize' },
              tokenUrl: { value: 'https://login.contoso.com/oauth2/token' },
              refreshUrl: { value: 'https://login.contoso.com/oauth2/token' },
            },
          },
        };
      },
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
      edit: (doc) => {
        delete doc.properties.connectionParameters.api_key;
        doc.properties.connectionParameters.token = {
          type: 'oauthSetting',
          oAuthSettings: {
            identityProvider: 'aad',
            clientId: '[[DummyValue]]',
            scopes: [],
            redirectMode: 'GlobalPerConnector',
            customParameters: { resourceUri: { value: 'https://graph.microsoft.com' } },
          },
        };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-oauth-identity-provider-known, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
    const doc = validProps();
    change(doc.properties as Record<string, any>);
    return doc;
  }
  const oauth = (settings: Record<string, unknown>) => ({
    type: 'oauthSetting',
    oAuthSettings: { identityProvider: 'oauth2', clientId: '[[DummyValue]]', scopes: [], ...settings },
  });
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
