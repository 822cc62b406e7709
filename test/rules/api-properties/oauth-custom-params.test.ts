import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

function validProps(): Record<string, any> {
  return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
}

function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
  const doc = validProps();
  change(doc.properties as Record<string, any>);
  return doc;
}

const oauth = (settings: Record<string, unknown>) => ({ type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', clientId: '[[DummyValue]]', scopes: [], ...settings } });

describe('OAuth settings', () => {
  it('ppc-oauth-custom-params: aad needs resourceUri; oauth2 takes only its three URLs', async () => {
    const aad = await lintPropertiesRule('ppc-oauth-custom-params', withProps((p) => (p.connectionParameters = { token: oauth({ identityProvider: 'aad', customParameters: { tenantId: { value: 'common' } } }) })));
    expect(aad.map((r) => r.message)).toEqual([expect.stringContaining('no customParameters.resourceUri')]);
    const extra = await lintPropertiesRule('ppc-oauth-custom-params', withProps((p) => (p.connectionParameters = { token: oauth({ customParameters: { audience: { value: 'x' } } }) })));
    expect(extra[0]!.message).toContain('"audience"');
    expect(await lintPropertiesRule('ppc-oauth-custom-params', withProps((p) => (p.connectionParameters = { token: oauth({ identityProvider: 'aad', customParameters: { resourceUri: { value: 'https://graph.microsoft.com' } } }) })))).toEqual([]);
  });
});
