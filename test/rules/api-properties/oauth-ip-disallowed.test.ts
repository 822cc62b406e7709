import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';
import { propertiesScenarios } from '../../helpers/scenarios';

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

describe('OAuth settings', () => {
  it('ppc-oauth-ip-disallowed warns independent publishers about OAuth', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-oauth-ip-disallowed',
        withProps((p) => (p.connectionParameters = { token: oauth({}) })),
        'independent-publisher',
      ),
    ).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-oauth-ip-disallowed', validProps(), 'independent-publisher')).toEqual([]);
  });
});

describe('ppc-oauth-ip-disallowed scenarios', () => {
  propertiesScenarios('ppc-oauth-ip-disallowed', [
    {
      name: 'OAuth in an independent-publisher connector.',
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
      expect: [
        {
          path: ['properties', 'connectionParameters', 'token', 'type'],
          line: { containing: '"type": "oauthSetting",' },
          message: 'Connection parameter "token" uses OAuth',
        },
      ],
      profile: 'independent-publisher',
    },
    { name: 'An API key.', edit: () => {}, expect: [], profile: 'independent-publisher' },
    { name: 'the valid fixture', edit: () => {}, expect: [], profile: 'independent-publisher' },
  ]);
});
