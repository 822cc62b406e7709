import { lintRule, validSwagger } from '../../helpers/lint';
import { oauthDoc } from '../../helpers/security';

const RULES = [
  'ppc-secdef-types',
  'ppc-secdef-no-client-credentials',
  'ppc-security-req-defined',
  'ppc-security-req-scopes',
];

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
