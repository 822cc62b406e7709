import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-brand-color-hex', () => {
  propertiesScenarios('ppc-brand-color-hex', [
    {
      name: 'A colour name.',
      edit: (doc) => {
        doc.properties.iconBrandColor = 'blue';
      },
      expect: [
        {
          path: ['properties', 'iconBrandColor'],
          line: { containing: '"iconBrandColor": "blue",' },
          message: 'iconBrandColor is "blue", not a colour "#rrggbb"',
        },
      ],
    },
    {
      name: 'Three digits.',
      edit: (doc) => {
        doc.properties.iconBrandColor = '#fff';
      },
      expect: [
        {
          path: ['properties', 'iconBrandColor'],
          line: { containing: '"iconBrandColor": "#fff",' },
          message: 'iconBrandColor is "#fff", not a colour "#rrggbb" (write all six digits)',
        },
      ],
    },
    {
      name: 'Upper-case digits.',
      edit: (doc) => {
        doc.properties.iconBrandColor = '#0F6CBD';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
