import { VALID_SCRIPT } from '../../../src/rules/script/examples';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('ppc-code-single-file', () => {
  folderScenarios('ppc-code-single-file', [
    {
      name: 'Two scripts.',
      files: documentedFiles('ppc-code-single-file', 'invalid'),
      expect: [{ path: [], line: 1, message: 'The folder has 2 custom-code files (helpers.csx, script.csx)' }],
    },
    { name: 'One script.', files: documentedFiles('ppc-code-single-file', 'valid'), expect: [] },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-code-single-file', () => {
  it('fires on a second .csx file', async () => {
    expect(
      await lintFolderRule('ppc-code-single-file', { 'script.csx': VALID_SCRIPT, 'other.csx': VALID_SCRIPT }),
    ).toHaveLength(1);
  });
  it('is silent on the valid script', async () => {
    expect(await lintFolderRule('ppc-code-single-file', { 'script.csx': VALID_SCRIPT })).toEqual([]);
  });
});
