import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-deprecated-bool', () => {
  ruleScenarios('ppc-deprecated-bool', [
    {
      name: 'The string "true".',
      edit: (doc) => {
        doc.paths['/tasks'].get.deprecated = 'true';
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'deprecated'],
          line: { containing: '"deprecated": "true"' },
          message: 'deprecated is the string "true"',
        },
      ],
    },
    {
      name: 'The boolean true.',
      edit: (doc) => {
        doc.paths['/tasks'].get.deprecated = true;
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
