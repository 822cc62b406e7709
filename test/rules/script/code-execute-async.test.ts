import { VALID_SCRIPT } from '../../../src/rules/script/examples';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('ppc-code-execute-async', () => {
  folderScenarios('ppc-code-execute-async', [
    {
      name: 'A differently named method.',
      files: documentedFiles('ppc-code-execute-async', 'invalid'),
      expect: [
        { path: [], line: 1, message: 'script.csx does not override "Task<HttpResponseMessage> ExecuteAsync()"' },
      ],
    },
    {
      name: 'The override.',
      files: documentedFiles('ppc-code-execute-async', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-code-execute-async', () => {
  it('fires when ExecuteAsync is not an override', async () => {
    expect(
      await lintFolderRule('ppc-code-execute-async', { 'script.csx': VALID_SCRIPT.replace('override ', '') }),
    ).toHaveLength(1);
  });
  it('is silent on the valid script', async () => {
    expect(await lintFolderRule('ppc-code-execute-async', { 'script.csx': VALID_SCRIPT })).toEqual([]);
  });
});
