import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-x-ms-localize-default-value-type', () => {
  ruleScenarios('ppc-x-ms-localize-default-value-type', [
    {
      name: 'A quoted boolean.',
      edit: (doc) => {
        doc.paths['/tasks'].get.parameters[0]['x-ms-localizeDefaultValue'] = 'true';
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-localizeDefaultValue'],
          line: { containing: '"x-ms-localizeDefaultValue": "true"' },
          message: 'x-ms-localizeDefaultValue is a string (true), not a boolean (true or false)',
        },
      ],
    },
    {
      name: 'A boolean.',
      edit: (doc) => {
        doc.paths['/tasks'].get.parameters[0]['x-ms-localizeDefaultValue'] = true;
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
