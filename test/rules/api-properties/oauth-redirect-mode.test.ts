import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-oauth-redirect-mode', () => {
  propertiesScenarios('ppc-oauth-redirect-mode', [
    {
      name: 'Lower-case direct.',
      edit: (doc) => {
        delete doc.properties.connectionParameters.api_key;
        doc.properties.connectionParameters.token = {
          type: 'oauthSetting',
          oAuthSettings: {
            identityProvider: 'oauth2',
            clientId: '[[DummyValue]]',
            scopes: [],
            redirectMode: 'direct',
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
          path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'redirectMode'],
          line: { containing: '"redirectMode": "direct",' },
          message: 'OAuth connection parameter "token" has the redirectMode "direct"',
        },
      ],
    },
    {
      name: 'The per-connector redirect URI.',
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

describe('ppc-oauth-redirect-mode, further cases', () => {
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
  it('ppc-oauth-redirect-mode and ppc-oauth-first-party-flag check their spellings', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-oauth-redirect-mode',
        withProps((p) => (p.connectionParameters = { token: oauth({ redirectMode: 'global' }) })),
      ),
    ).toHaveLength(1);
    expect(
      await lintPropertiesRule(
        'ppc-oauth-redirect-mode',
        withProps((p) => (p.connectionParameters = { token: oauth({ redirectMode: 'Global' }) })),
      ),
    ).toEqual([]);
  });
});
