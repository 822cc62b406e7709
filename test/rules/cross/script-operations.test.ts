import { lintFolderRule, SEVERITY } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';
import { props } from '../../helpers/properties';

describe('ppc-script-operations', () => {
  folderScenarios('ppc-script-operations', [
    {
      name: 'An operationId that does not exist.',
      files: documentedFiles('ppc-script-operations', 'invalid'),
      expect: [
        {
          path: ['properties', 'scriptOperations', 0],
          line: 9,
          message: 'scriptOperations lists "ListTask", which no operation of the definition has as operationId',
        },
      ],
    },
    {
      name: 'Existing operationIds.',
      files: documentedFiles('ppc-script-operations', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-script-operations', () => {
  it('reports a scriptOperations entry that is no operation, as an error at its index', async () => {
    const [so] = await lintFolderRule('ppc-script-operations', {
      'apiProperties.json': props({ scriptOperations: ['ListTasks', 'Nope'] }),
    });
    expect(so.path).toEqual(['properties', 'scriptOperations', 1]);
    expect(so.severity).toBe(SEVERITY.error);
    expect(
      await lintFolderRule('ppc-script-operations', {
        'apiProperties.json': props({ scriptOperations: ['ListTasks'] }),
      }),
    ).toEqual([]);
  });
});
