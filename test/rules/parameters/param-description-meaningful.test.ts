import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-param-description-meaningful', () => {
  ruleScenarios('ppc-param-description-meaningful', [
    {
      name: 'The name repeated.',
      edit: (doc) => {
        doc.paths['/tasks'].get.parameters[0].name = 'taskStatus';
        doc.paths['/tasks'].get.parameters[0].description = 'Task status.';
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'description'],
          line: { containing: '"description": "Task status."' },
          message: 'Parameter "taskStatus" has the description "Task status.", which only repeats its name',
        },
      ],
    },
    { name: 'A real sentence.', edit: () => {}, expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
