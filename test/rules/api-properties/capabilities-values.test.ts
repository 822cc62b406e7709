import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';

describe('ppc-capabilities-values', () => {
  propertiesScenarios('ppc-capabilities-values', [
    {
      name: 'A capitalised value.',
      edit: documentedEdit('ppc-capabilities-values', 'invalid'),
      expect: [
        {
          path: ['properties', 'capabilities', '0'],
          line: { containing: '"Actions"' },
          message: 'capabilities has "Actions"',
        },
      ],
    },
    {
      name: 'Actions and triggers.',
      edit: documentedEdit('ppc-capabilities-values', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
