import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('ppc-safe-operation', () => {
  ruleScenarios('ppc-safe-operation', [
    {
      name: 'The string "true".',
      edit: documentedEdit('ppc-safe-operation', 'invalid'),
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
      edit: documentedEdit('ppc-safe-operation', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
