import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-x-ms-trigger-hint-type', () => {
  ruleScenarios('ppc-x-ms-trigger-hint-type', [
    {
      name: 'A list of strings.',
      edit: (doc) => {
        doc.paths['/tasks'].get['x-ms-trigger-hint'] = ['Create a task.'];
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-trigger-hint'],
          line: { containing: '"x-ms-trigger-hint": [' },
          message: 'x-ms-trigger-hint is an array, not a string',
        },
      ],
    },
    {
      name: 'A one-sentence hint.',
      edit: (doc) => {
        doc.paths['/tasks'].get['x-ms-trigger-hint'] = 'To see it work, create a task.';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
