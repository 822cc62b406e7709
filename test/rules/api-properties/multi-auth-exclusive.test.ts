import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { withProps, apiKeySets } from '../../helpers/properties';

describe('ppc-multi-auth-exclusive', () => {
  propertiesScenarios('ppc-multi-auth-exclusive', [
    {
      name: 'Both.',
      edit: documentedEdit('ppc-multi-auth-exclusive', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters'],
          line: { containing: '"connectionParameters": {' },
          message: 'apiProperties.json has both connectionParameters and connectionParameterSets',
        },
      ],
    },
    {
      name: 'Sets only, with an empty connectionParameters.',
      edit: documentedEdit('ppc-multi-auth-exclusive', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-multi-auth-exclusive, further cases', () => {
  it('ppc-auth-no-empty-connection and the multi-auth rules', async () => {
    const sets = apiKeySets();
    expect(
      await lintPropertiesRule(
        'ppc-multi-auth-exclusive',
        withProps((p) => (p.connectionParameterSets = sets)),
      ),
    ).toHaveLength(1);
  });
});
