import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-brand-color-required', () => {
  propertiesScenarios('ppc-brand-color-required', [
    {
      name: 'No iconBrandColor.',
      edit: (doc) => {
        delete doc.properties.iconBrandColor;
      },
      expect: [
        {
          path: ['properties'],
          line: { containing: '"properties": {' },
          message: 'apiProperties.json has no iconBrandColor',
        },
      ],
    },
    {
      name: 'A brand colour.',
      edit: (doc) => {
        doc.properties.iconBrandColor = '#5c2d91';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
