/** Builders for apiProperties.json documents. */
import { validProperties } from './scenarios';

/** A fresh copy of the valid fixture's apiProperties.json. */
export function validProps(): Record<string, any> {
  return validProperties();
}

/** The valid apiProperties.json with `change` applied to its `properties`. */
export function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
  const doc = validProps();
  change(doc.properties as Record<string, any>);
  return doc;
}

/** A connection parameter of type oauthSetting with `settings` over a generic OAuth 2.0 provider. */
export const oauth = (settings: Record<string, unknown>) => ({
  type: 'oauthSetting',
  oAuthSettings: { identityProvider: 'oauth2', clientId: '[[DummyValue]]', scopes: [], ...settings },
});

/** An apiProperties.json file (for folder scenarios) with `connectionParameters` and `extra` keys in `properties`. */
export const props = (
  extra: Record<string, unknown>,
  connectionParameters: Record<string, unknown> = { api_key: { type: 'securestring' } },
) => ({
  json: {
    properties: {
      connectionParameters,
      iconBrandColor: '#0f6cbd',
      capabilities: [],
      publisher: 'Contoso Ltd',
      stackOwner: 'Contoso Ltd',
      ...extra,
    },
  },
});

/** A `connectionParameterSets` value with one set: an API key. */
export function apiKeySets() {
  return {
    uiDefinition: { displayName: 'Auth', description: 'Pick' },
    values: [
      {
        name: 'k',
        uiDefinition: { displayName: 'Key', description: 'Key' },
        parameters: { api_key: { type: 'securestring' } },
      },
    ],
  };
}
