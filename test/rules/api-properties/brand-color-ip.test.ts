import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-brand-color-ip', () => {
  propertiesScenarios('ppc-brand-color-ip', [
    {
      name: 'A brand colour in an independent-publisher connector.',
      edit: () => {},
      expect: [
        {
          path: ['properties', 'iconBrandColor'],
          line: { containing: '"iconBrandColor": "#0f6cbd",' },
          message: 'iconBrandColor is "#0f6cbd"',
        },
      ],
      profile: 'independent-publisher',
    },
    {
      name: 'The independent-publisher colour.',
      edit: (doc) => {
        doc.properties.iconBrandColor = '#DA3B01';
      },
      expect: [],
      profile: 'independent-publisher',
    },
  ]);
});
