import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintPropertiesRule } from '../../helpers/lint';
import { withProps, apiKeySets } from '../../helpers/properties';

describe('ppc-multi-auth-shape', () => {
  propertiesScenarios('ppc-multi-auth-shape', [
    {
      name: 'A set without parameters.',
      edit: documentedEdit('ppc-multi-auth-shape', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameterSets', 'values', '0'],
          line: 13,
          message: 'connectionParameterSets.values[0] has no "parameters" object',
        },
      ],
    },
    {
      name: 'Two sets.',
      edit: documentedEdit('ppc-multi-auth-shape', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-multi-auth-shape, further cases', () => {
  it('ppc-auth-no-empty-connection and the multi-auth rules', async () => {
    const sets = apiKeySets();
    expect(
      await lintPropertiesRule(
        'ppc-multi-auth-shape',
        withProps((p) => (p.connectionParameterSets = sets)),
      ),
    ).toEqual([]);
    expect(
      await lintPropertiesRule(
        'ppc-multi-auth-shape',
        withProps((p) => (p.connectionParameterSets = { values: [sets.values[0], sets.values[0]] })),
      ),
    ).toHaveLength(2);
  });
});
