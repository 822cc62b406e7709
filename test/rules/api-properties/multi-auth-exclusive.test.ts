import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-multi-auth-exclusive', () => {
  propertiesScenarios('ppc-multi-auth-exclusive', [
    {
      name: 'Both.',
      edit: (doc) => {
        doc.properties.connectionParameterSets = {
          uiDefinition: { displayName: 'Authentication type', description: 'How to sign in' },
          values: [],
        };
      },
      expect: [
        {
          path: ['properties', 'connectionParameters'],
          line: { containing: '"connectionParameters": {' },
          message: 'apiProperties.json has both connectionParameters and connectionParameterSets',
        },
      ],
    },
    {
      name: 'Sets only, with an empty connectionParameters.',
      edit: (doc) => {
        delete doc.properties.connectionParameters.api_key;
        doc.properties.connectionParameterSets = {
          uiDefinition: { displayName: 'Authentication type', description: 'How to sign in' },
          values: [],
        };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
