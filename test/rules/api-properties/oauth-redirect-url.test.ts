import { lintPropertiesRule, SEVERITY } from '../../helpers/lint';

const ID = 'ppc-oauth-redirect-url';
const GLOBAL = 'https://global.consent.azure-apim.net/redirect';
const props = (settings: Record<string, unknown>) => ({
  properties: {
    connectionParameters: {
      token: {
        type: 'oauthSetting',
        oAuthSettings: { identityProvider: 'oauth2', clientId: '[[DummyValue]]', ...settings },
      },
    },
  },
});

describe(ID, () => {
  it('is silent on the global URL with the global mode and on no URL with the per-connector mode', async () => {
    expect(await lintPropertiesRule(ID, props({ redirectMode: 'Global', redirectUrl: GLOBAL }))).toEqual([]);
    expect(await lintPropertiesRule(ID, props({ redirectUrl: GLOBAL }))).toEqual([]);
    expect(await lintPropertiesRule(ID, props({ redirectMode: 'GlobalPerConnector' }))).toEqual([]);
  });

  it('asks to drop a fixed URL with GlobalPerConnector, at the URL', async () => {
    const [finding, ...rest] = await lintPropertiesRule(
      ID,
      props({ redirectMode: 'GlobalPerConnector', redirectUrl: `${GLOBAL}/contoso` }),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: SEVERITY.warn,
      path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'redirectUrl'],
    });
    expect(finding.message).toContain("remove redirectUrl: the platform generates the connector's own redirect URL");
  });

  it('reports another URL with the global mode, and a URL that is not https', async () => {
    const [other] = await lintPropertiesRule(
      ID,
      props({ redirectMode: 'Global', redirectUrl: 'https://contoso.com/callback' }),
    );
    expect(other.message).toBe(
      `OAuth connection parameter "token" has the redirectUrl "https://contoso.com/callback"; with the global redirect it is "${GLOBAL}", the URL the OAuth app must allow.`,
    );
    const [plain] = await lintPropertiesRule(
      ID,
      props({ redirectMode: 'Direct', redirectUrl: 'http://contoso.com/callback' }),
    );
    expect(plain.message).toContain('not an https URL');
    expect(
      await lintPropertiesRule(ID, props({ redirectMode: 'Direct', redirectUrl: 'https://contoso.com/callback' })),
    ).toEqual([]);
  });
});
