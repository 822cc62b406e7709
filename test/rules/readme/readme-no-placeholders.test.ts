import { lineOf, lintFolderRule } from '../../helpers/lint';
import { folderScenarios, validTexts, documentedFiles } from '../../helpers/scenarios';

describe('ppc-readme-no-placeholders', () => {
  folderScenarios('ppc-readme-no-placeholders', [
    {
      name: "The template's publisher line.",
      files: documentedFiles('ppc-readme-no-placeholders', 'invalid'),
      expect: [{ path: [], line: 4, message: 'readme.md still has the template text "Publisher\'s Name"' }],
    },
    { name: 'A finished readme.', files: documentedFiles('ppc-readme-no-placeholders', 'valid'), expect: [] },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-readme-no-placeholders', () => {
  it('quotes a template placeholder on its line', async () => {
    const text = validTexts.readme.replace('Contoso Ltd', "Publisher's Name");
    const [p] = await lintFolderRule('ppc-readme-no-placeholders', { 'readme.md': text });
    expect(p.message).toContain('"Publisher\'s Name"');
    expect(lineOf(p)).toBe(text.split('\n').findIndex((l) => l.includes("Publisher's Name")) + 1);
  });
});
