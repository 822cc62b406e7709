import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-oauth-identity-provider', () => {
  propertiesScenarios('ppc-oauth-identity-provider', [
    {
      name: 'No identity provider.',
      edit: (doc) => {
        delete doc.properties.connectionParameters.api_key;
        doc.properties.connectionParameters.token = {
          type: 'oauthSetting',
          oAuthSettings: {
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
          path: ['properties', 'connectionParameters', 'token', 'oAuthSettings'],
          line: { containing: '"oAuthSettings": {' },
          message: 'OAuth connection parameter "token" has no identityProvider',
        },
      ],
    },
    {
      name: 'The generic OAuth 2.0 provider.',
      edit: (doc) => {
        delete doc.properties.connectionParameters.api_key;
        doc.properties.connectionParameters.token = {
          type: 'oauthSetting',
          oAuthSettings: {
            identityProvider: 'oauth2',
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
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-oauth-identity-provider, further cases', () => {
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
    const missing = await lintPropertiesRule(
      'ppc-oauth-identity-provider',
      withProps((p) => (p.connectionParameters = { token: oauth({ identityProvider: undefined }) })),
    );
    expect(missing).toHaveLength(1);
  });
});
