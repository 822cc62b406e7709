import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-param-type-allowed', () => {
  ruleScenarios('ppc-param-type-allowed', [
    {
      name: 'An object query parameter.',
      edit: (doc) => {
        doc.paths['/tasks'].get.parameters[0].type = 'object';
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'type'],
          line: { containing: '"type": "object",' },
          message: 'Parameter "status" (in query) has type "object"',
        },
      ],
    },
    { name: 'A string query parameter.', edit: () => {}, expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
