import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { withProps, oauth } from '../../helpers/properties';

describe('ppc-oauth-redirect-mode', () => {
  propertiesScenarios('ppc-oauth-redirect-mode', [
    {
      name: 'Lower-case direct.',
      edit: documentedEdit('ppc-oauth-redirect-mode', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'redirectMode'],
          line: { containing: '"redirectMode": "direct",' },
          message: 'OAuth connection parameter "token" has the redirectMode "direct"',
        },
      ],
    },
    {
      name: 'The per-connector redirect URI.',
      edit: documentedEdit('ppc-oauth-redirect-mode', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-oauth-redirect-mode, further cases', () => {
  it('ppc-oauth-redirect-mode and ppc-oauth-first-party-flag check their spellings', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-oauth-redirect-mode',
        withProps((p) => (p.connectionParameters = { token: oauth({ redirectMode: 'global' }) })),
      ),
    ).toHaveLength(1);
    expect(
      await lintPropertiesRule(
        'ppc-oauth-redirect-mode',
        withProps((p) => (p.connectionParameters = { token: oauth({ redirectMode: 'Global' }) })),
      ),
    ).toEqual([]);
  });
});
