import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-auth-no-empty-connection', () => {
  propertiesScenarios('ppc-auth-no-empty-connection', [
    {
      name: 'No connection parameters.',
      edit: (doc) => {
        delete doc.properties.connectionParameters.api_key;
      },
      expect: [
        {
          path: ['properties', 'connectionParameters'],
          line: { containing: '"connectionParameters": {},' },
          message: 'apiProperties.json has no connection parameters (no authentication)',
        },
      ],
    },
    { name: 'An API key parameter.', edit: () => {}, expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
