import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('ppc-pageable-policy', () => {
  folderScenarios('ppc-pageable-policy', [
    {
      name: 'A pageable list without the policy.',
      files: documentedFiles('ppc-pageable-policy', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-pageable'],
          line: 19,
          message: 'Operation "ListTasks" is pageable but no "updatenextlink" policy in apiProperties.json covers it',
        },
      ],
    },
    {
      name: 'A pageable list with the policy.',
      files: documentedFiles('ppc-pageable-policy', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
