import { propertiesScenarios } from '../../helpers/scenarios';

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
