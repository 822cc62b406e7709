import { oauth2 } from '../../../src/rules/security/example-edits';
import { lintRule, validSwagger } from '../../helpers/lint';

const RULES = [
  'ppc-secdef-types',
  'ppc-secdef-no-client-credentials',
  'ppc-security-req-defined',
  'ppc-security-req-scopes',
];

function oauthDoc(overrides: Record<string, unknown> = {}, scopes: unknown = ['tasks.read']): Record<string, any> {
  const doc = validSwagger();
  doc.securityDefinitions = { oauth2_auth: oauth2(overrides) };
  doc.security = [{ oauth2_auth: scopes }];
  return doc;
}

describe('security rules', () => {
  it('are silent on the valid fixture (API key), OAuth, basic and no auth', async () => {
    const basic = validSwagger();
    basic.securityDefinitions = { basic_auth: { type: 'basic', description: 'User name and password.' } };
    basic.security = [{ basic_auth: [] }];
    const none = validSwagger();
    none.securityDefinitions = {};
    none.security = [];
    for (const id of RULES) {
      for (const doc of [validSwagger(), oauthDoc(), basic, none])
        expect({ id, results: await lintRule(id, doc) }).toEqual({ id, results: [] });
    }
  });
});
