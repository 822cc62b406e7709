import { lintFolderRule, SEVERITY } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('readme rules', () => {
  it('ppc-readme-present: an empty readme is an error; the template readme passes', async () => {
    const [r] = await lintFolderRule('ppc-readme-present', { 'readme.md': '  \n<!-- todo -->\n' });
    expect(r.severity).toBe(SEVERITY.error);
    expect(r.message).toContain('readme.md is empty');
    expect(await lintFolderRule('ppc-readme-present', {})).toEqual([]);
  });
});

describe('ppc-readme-present scenarios', () => {
  folderScenarios('ppc-readme-present', [
    {
      name: 'An empty readme.',
      files: documentedFiles('ppc-readme-present', 'invalid'),
      expect: [{ path: [], line: 1, message: 'readme.md is empty' }],
    },
    { name: 'The template readme.', files: documentedFiles('ppc-readme-present', 'valid'), expect: [] },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
