import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-brand-color-not-default', () => {
  propertiesScenarios('ppc-brand-color-not-default', [
    {
      name: 'The default colour.',
      edit: (doc) => {
        doc.properties.iconBrandColor = '#007EE5';
      },
      expect: [
        {
          path: ['properties', 'iconBrandColor'],
          line: { containing: '"iconBrandColor": "#007EE5",' },
          message: 'iconBrandColor is "#007EE5", the default colour',
        },
      ],
    },
    {
      name: 'White.',
      edit: (doc) => {
        doc.properties.iconBrandColor = '#ffffff';
      },
      expect: [
        {
          path: ['properties', 'iconBrandColor'],
          line: { containing: '"iconBrandColor": "#ffffff",' },
          message: 'iconBrandColor is "#ffffff", white',
        },
      ],
    },
    { name: 'A brand colour.', edit: () => {}, expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
