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
  it('ppc-oauth-custom-params: aad needs resourceUri; oauth2 takes only its three URLs', async () => {
    const aad = await lintPropertiesRule(
      'ppc-oauth-custom-params',
      withProps(
        (p) =>
          (p.connectionParameters = {
            token: oauth({ identityProvider: 'aad', customParameters: { tenantId: { value: 'common' } } }),
          }),
      ),
    );
    expect(aad.map((r) => r.message)).toEqual([expect.stringContaining('no customParameters.resourceUri')]);
    const extra = await lintPropertiesRule(
      'ppc-oauth-custom-params',
      withProps((p) => (p.connectionParameters = { token: oauth({ customParameters: { audience: { value: 'x' } } }) })),
    );
    expect(extra[0].message).toContain('"audience"');
    expect(
      await lintPropertiesRule(
        'ppc-oauth-custom-params',
        withProps(
          (p) =>
            (p.connectionParameters = {
              token: oauth({
                identityProvider: 'aad',
                customParameters: { resourceUri: { value: 'https://graph.microsoft.com' } },
              }),
            }),
        ),
      ),
    ).toEqual([]);
  });
});

describe('ppc-oauth-custom-params scenarios', () => {
  propertiesScenarios('ppc-oauth-custom-params', [
    {
      name: 'Azure AD without resourceUri.',
      edit: (doc) => {
        delete doc.properties.connectionParameters.api_key;
        doc.properties.connectionParameters.token = {
          type: 'oauthSetting',
          oAuthSettings: {
            identityProvider: 'aad',
            clientId: '[[DummyValue]]',
            scopes: [],
            redirectMode: 'GlobalPerConnector',
            customParameters: { loginUri: { value: 'https://login.microsoftonline.com' } },
          },
        };
      },
      expect: [
        {
          path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'customParameters'],
          line: { containing: '"customParameters": {' },
          message: 'OAuth connection parameter "token" (aad) has no customParameters.resourceUri',
        },
      ],
    },
    {
      name: 'A bare string value.',
      edit: (doc) => {
        delete doc.properties.connectionParameters.api_key;
        doc.properties.connectionParameters.token = {
          type: 'oauthSetting',
          oAuthSettings: {
            identityProvider: 'oauth2',
            clientId: '[[DummyValue]]',
            scopes: [],
            redirectMode: 'GlobalPerConnector',
            customParameters: { authorizationUrl: 'https://login.contoso.com/oauth2/authorize' },
          },
        };
      },
      expect: [
        {
          path: [
            'properties',
            'connectionParameters',
            'token',
            'oAuthSettings',
            'customParameters',
            'authorizationUrl',
          ],
          line: { containing: '"authorizationUrl": "https://login.contoso.com/oauth2/authorize"' },
          message:
            'OAuth custom parameter "authorizationUrl" of "token" is "https://login.contoso.com/oauth2/authorize"',
        },
      ],
    },
    {
      name: 'oauth2 with its three URLs.',
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
