import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { withProps, oauth } from '../../helpers/properties';

describe('ppc-oauth-first-party-flag', () => {
  propertiesScenarios('ppc-oauth-first-party-flag', [
    {
      name: 'A boolean flag.',
      edit: documentedEdit('ppc-oauth-first-party-flag', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'properties', 'IsFirstParty'],
          line: { containing: '"IsFirstParty": false' },
          message: 'OAuth connection parameter "token" has IsFirstParty false',
        },
      ],
    },
    {
      name: 'The string "False".',
      edit: documentedEdit('ppc-oauth-first-party-flag', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-oauth-first-party-flag, further cases', () => {
  it('ppc-oauth-redirect-mode and ppc-oauth-first-party-flag check their spellings', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-oauth-first-party-flag',
        withProps((p) => (p.connectionParameters = { token: oauth({ properties: { IsFirstParty: 'false' } }) })),
      ),
    ).toHaveLength(1);
    expect(
      await lintPropertiesRule(
        'ppc-oauth-first-party-flag',
        withProps((p) => (p.connectionParameters = { token: oauth({ properties: { IsFirstParty: 'True' } }) })),
      ),
    ).toEqual([]);
  });
});
