import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-safe-operation', () => {
  ruleScenarios('ppc-safe-operation', [
    {
      name: 'The string "true".',
      edit: (doc) => {
        doc.paths['/tasks'].post['x-ms-safe-operation'] = 'true';
      },
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'x-ms-safe-operation'],
          line: { containing: '"x-ms-safe-operation": "true"' },
          message: 'x-ms-safe-operation is "true" (a string)',
        },
      ],
    },
    {
      name: 'The boolean true.',
      edit: (doc) => {
        doc.paths['/tasks'].post['x-ms-safe-operation'] = true;
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
