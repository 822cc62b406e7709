import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-conn-uidefinition', () => {
  propertiesScenarios('ppc-conn-uidefinition', [
    {
      name: 'required as a word.',
      edit: (doc) => {
        doc.properties.connectionParameters.api_key.uiDefinition.constraints.required = 'yes';
      },
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'constraints', 'required'],
          line: { containing: '"required": "yes"' },
          message: 'Connection parameter "api_key" has constraints.required "yes"',
        },
      ],
    },
    {
      name: 'An unknown constraint.',
      edit: (doc) => {
        doc.properties.connectionParameters.api_key.uiDefinition.constraints.maxLength = 40;
      },
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'constraints', 'maxLength'],
          line: { containing: '"maxLength": 40' },
          message: 'Connection parameter "api_key" has the unknown constraint "maxLength"',
        },
      ],
    },
    {
      name: 'An optional, hidden parameter.',
      edit: (doc) => {
        doc.properties.connectionParameters.api_key.uiDefinition.constraints.required = 'false';
        doc.properties.connectionParameters.api_key.uiDefinition.constraints.hidden = 'true';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
