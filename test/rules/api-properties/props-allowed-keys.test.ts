import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-props-allowed-keys', () => {
  propertiesScenarios('ppc-props-allowed-keys', [
    {
      name: 'stackOwner spelt in lower case.',
      edit: (doc) => {
        delete doc.properties.stackOwner;
        doc.properties.stackowner = 'Contoso Ltd';
      },
      expect: [
        {
          path: ['properties', 'stackowner'],
          line: { containing: '"stackowner": "Contoso Ltd"' },
          message: 'apiProperties.json properties has the unknown key "stackowner"',
        },
      ],
    },
    {
      name: 'A website key.',
      edit: (doc) => {
        doc.properties.website = 'https://contoso.com';
      },
      expect: [
        {
          path: ['properties', 'website'],
          line: { containing: '"website": "https://contoso.com"' },
          message: 'apiProperties.json properties has the unknown key "website"',
        },
      ],
    },
    {
      name: 'Script operations and policies.',
      edit: (doc) => {
        doc.properties.scriptOperations = [];
        doc.properties.policyTemplateInstances = [];
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
