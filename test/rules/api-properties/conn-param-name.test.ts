import { propertiesScenarios } from '../../helpers/scenarios';

describe('ppc-conn-param-name', () => {
  propertiesScenarios('ppc-conn-param-name', [
    {
      name: 'A hyphen in the name.',
      edit: (doc) => {
        doc.properties.connectionParameters['api-key'] = { type: 'securestring' };
      },
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api-key'],
          line: { containing: '"api-key": {' },
          message: 'Connection parameter name "api-key" has characters other than letters, digits and "_"',
        },
      ],
    },
    {
      name: 'The tenant claim parameter.',
      edit: (doc) => {
        doc.properties.connectionParameters['token:TenantId'] = { type: 'string' };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
