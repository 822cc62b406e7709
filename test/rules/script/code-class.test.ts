import { VALID_SCRIPT } from '../../../src/rules/script/examples';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('ppc-code-class', () => {
  folderScenarios('ppc-code-class', [
    {
      name: 'Another class name.',
      files: documentedFiles('ppc-code-class', 'invalid'),
      expect: [{ path: [], line: 1, message: 'script.csx derives "ContosoScript" from ScriptBase' }],
    },
    {
      name: 'The Script class.',
      files: documentedFiles('ppc-code-class', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-code-class', () => {
  it('names the missing Script class', async () => {
    expect(
      (await lintFolderRule('ppc-code-class', { 'script.csx': 'public class Helper { }\n' }))[0].message,
    ).toContain('no "public class Script : ScriptBase"');
  });
  it('is silent on the valid script', async () => {
    expect(await lintFolderRule('ppc-code-class', { 'script.csx': VALID_SCRIPT })).toEqual([]);
  });
});
