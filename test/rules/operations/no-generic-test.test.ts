import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('ppc-no-generic-test', () => {
  ruleScenarios('ppc-no-generic-test', [
    {
      name: 'The string "true".',
      edit: documentedEdit('ppc-no-generic-test', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'x-ms-no-generic-test'],
          line: { containing: '"x-ms-no-generic-test": "true"' },
          message: 'x-ms-no-generic-test is "true" (a string)',
        },
      ],
    },
    {
      name: 'The boolean true.',
      edit: documentedEdit('ppc-no-generic-test', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
