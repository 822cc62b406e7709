import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-props-root', () => {
  propertiesScenarios('ppc-props-root', [
    {
      name: 'A root-level iconBrandColor.',
      edit: (doc) => {
        doc.iconBrandColor = '#0f6cbd';
      },
      expect: [{ path: ['iconBrandColor'], line: 23, message: 'apiProperties.json has the root key "iconBrandColor"' }],
    },
    {
      name: 'A $schema beside properties.',
      edit: (doc) => {
        doc.$schema = 'https://example.com/apiProperties.schema.json';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
