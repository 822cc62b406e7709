import { scriptFor } from '../../../src/rules/script/examples';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';
import { props } from '../../helpers/properties';

describe('ppc-code-operations-declared', () => {
  folderScenarios('ppc-code-operations-declared', [
    {
      name: 'A case for an operation the definition lacks.',
      files: documentedFiles('ppc-code-operations-declared', 'invalid'),
      expect: [
        {
          path: [],
          line: 9,
          message: 'script.csx branches on the operationId "ArchiveTask", which the definition does not have',
        },
      ],
    },
    {
      name: 'An operation missing from scriptOperations.',
      files: documentedFiles('ppc-code-operations-declared', 'invalid', 1),
      expect: [
        {
          path: [],
          line: 9,
          message:
            'script.csx branches on "GetTask", but scriptOperations in apiProperties.json does not list it, so the script never runs for it',
        },
      ],
    },
    {
      name: 'Cases for listed, existing operations.',
      files: documentedFiles('ppc-code-operations-declared', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-code-operations-declared', () => {
  it('suggests the operationId a script misspells and wants scripted operations listed', async () => {
    const [unknown] = await lintFolderRule('ppc-code-operations-declared', { 'script.csx': scriptFor(['listtasks']) });
    expect(unknown.message).toContain('did you mean "ListTasks"');
    const [unlisted] = await lintFolderRule('ppc-code-operations-declared', {
      'script.csx': scriptFor(['GetTask']),
      'apiProperties.json': props({ scriptOperations: ['ListTasks'] }),
    });
    expect(unlisted.message).toContain('scriptOperations');
    expect(
      await lintFolderRule('ppc-code-operations-declared', {
        'script.csx': scriptFor(['GetTask']),
        'apiProperties.json': props({ scriptOperations: [] }),
      }),
    ).toEqual([]);
  });
});
