import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-capabilities-values', () => {
  propertiesScenarios('ppc-capabilities-values', [
    {
      name: 'A capitalised value.',
      edit: (doc) => {
        doc.properties.capabilities = ['Actions'];
      },
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
      edit: (doc) => {
        doc.properties.capabilities = ['actions', 'triggers'];
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
