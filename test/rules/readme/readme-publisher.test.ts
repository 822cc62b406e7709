import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, validTexts, documentedFiles } from '../../helpers/scenarios';

describe('ppc-readme-publisher', () => {
  folderScenarios('ppc-readme-publisher', [
    {
      name: 'No publisher heading.',
      files: documentedFiles('ppc-readme-publisher', 'invalid'),
      expect: [{ path: [], line: 1, message: 'readme.md does not name the publisher' }],
    },
    {
      name: 'The publisher in a heading.',
      files: documentedFiles('ppc-readme-publisher', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-readme-publisher', () => {
  it('fires when the publisher line is removed', async () => {
    expect(
      await lintFolderRule('ppc-readme-publisher', {
        'readme.md': validTexts.readme.replace('## Publisher: Contoso Ltd', ''),
      }),
    ).toHaveLength(1);
  });
});
