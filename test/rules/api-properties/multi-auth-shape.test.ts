import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-multi-auth-shape', () => {
  propertiesScenarios('ppc-multi-auth-shape', [
    {
      name: 'A set without parameters.',
      edit: (doc) => {
        delete doc.properties.connectionParameters;
        doc.properties.connectionParameterSets = {
          uiDefinition: { displayName: 'Authentication type', description: 'How to sign in' },
          values: [{ name: 'key', uiDefinition: { displayName: 'API key', description: 'Use an API key' } }],
        };
      },
      expect: [
        {
          path: ['properties', 'connectionParameterSets', 'values', '0'],
          line: 13,
          message: 'connectionParameterSets.values[0] has no "parameters" object',
        },
      ],
    },
    {
      name: 'Two sets.',
      edit: (doc) => {
        delete doc.properties.connectionParameters;
        doc.properties.connectionParameterSets = {
          uiDefinition: { displayName: 'Authentication type', description: 'How to sign in' },
          values: [
            {
              name: 'key',
              uiDefinition: { displayName: 'API key', description: 'Use an API key' },
              parameters: { api_key: { type: 'securestring' } },
            },
            {
              name: 'basic',
              uiDefinition: { displayName: 'User name and password', description: 'Use your account' },
              parameters: { username: { type: 'string' }, password: { type: 'securestring' } },
            },
          ],
        };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
