import { VALID_SCRIPT } from '../../../src/rules/script/examples';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios } from '../../helpers/scenarios';

describe('ppc-code-single-file', () => {
  folderScenarios('ppc-code-single-file', [
    {
      name: 'Two scripts.',
      files: { 'script.csx': 'public class Script : ScriptBase { }\n', 'helpers.csx': 'public class Helpers { }\n' },
      expect: [{ path: [], line: 1, message: 'The folder has 2 custom-code files (helpers.csx, script.csx)' }],
    },
    { name: 'One script.', files: { 'script.csx': 'public class Script : ScriptBase { }\n' }, expect: [] },
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
