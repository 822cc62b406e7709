import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-stack-owner-required', () => {
  propertiesScenarios('ppc-stack-owner-required', [
    {
      name: 'No stackOwner.',
      edit: (doc) => {
        delete doc.properties.stackOwner;
      },
      expect: [
        {
          path: ['properties'],
          line: { containing: '"properties": {' },
          message: 'apiProperties.json has no stackOwner',
        },
      ],
    },
    {
      name: 'The service owner.',
      edit: (doc) => {
        doc.properties.stackOwner = 'Contoso Corporation';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
