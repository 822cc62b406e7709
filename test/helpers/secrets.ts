/** Credentials-like values and an apiProperties.json file to hide them in, for the secret scans. */

/** A value shaped like an Entra ID client secret. */
export const SECRET = 'q8N~fK2pZr7LwX1vTb9cYh3Ds5Gm0Ja4Ue6Qo';
/** A value shaped like an API token. */
export const TOKEN = '9fK2pZr7LwX1vTb9cYh3Ds5Gm0Ja4Ue6';

/** An apiProperties.json file (for folder scenarios) with one OAuth connection parameter using `oAuthSettings`. */
export function properties(
  oAuthSettings: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): { json: unknown } {
  return {
    json: {
      properties: {
        connectionParameters: {
          token: {
            type: 'oauthSetting',
            oAuthSettings: {
              identityProvider: 'oauth2',
              scopes: [],
              redirectMode: 'GlobalPerConnector',
              ...oAuthSettings,
            },
          },
        },
        iconBrandColor: '#0f6cbd',
        capabilities: [],
        publisher: 'Contoso Ltd',
        stackOwner: 'Contoso Ltd',
        ...extra,
      },
    },
  };
}
