import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-summary-no-api-connector', () => {
  ruleScenarios('ppc-summary-no-api-connector', [
    {
      name: 'The word "API" in the summary.',
      edit: (doc) => {
        doc.paths['/tasks'].get.summary = 'List tasks from the API';
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'summary'],
          line: { containing: '"summary": "List tasks from the API",' },
          message: 'Summary "List tasks from the API" contains "API"',
        },
      ],
    },
    {
      name: '"API" inside a longer word is fine.',
      edit: (doc) => {
        doc.paths['/tasks'].get.summary = 'List rapid tasks';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
