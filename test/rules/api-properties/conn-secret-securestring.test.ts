import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-conn-secret-securestring', () => {
  propertiesScenarios('ppc-conn-secret-securestring', [
    {
      name: 'An API key as a plain string.',
      edit: (doc) => {
        doc.properties.connectionParameters.api_key.type = 'string';
      },
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'type'],
          line: { containing: '"type": "string",' },
          message: 'Connection parameter "api_key" holds a credential but has the type "string"',
        },
      ],
    },
    {
      name: 'An API key shown in clear text.',
      edit: (doc) => {
        doc.properties.connectionParameters.api_key.uiDefinition.constraints.clearText = true;
      },
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'constraints', 'clearText'],
          line: { containing: '"clearText": true,' },
          message: 'Connection parameter "api_key" shows its secret in clear text',
        },
      ],
    },
    {
      name: 'A region as a plain string.',
      edit: (doc) => {
        doc.properties.connectionParameters.region = { type: 'string' };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
