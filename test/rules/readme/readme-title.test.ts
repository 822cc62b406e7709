import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, validTexts, documentedFiles } from '../../helpers/scenarios';

describe('ppc-readme-title', () => {
  folderScenarios('ppc-readme-title', [
    {
      name: 'No title heading.',
      files: documentedFiles('ppc-readme-title', 'invalid'),
      expect: [
        {
          path: [],
          line: 3,
          message:
            'readme.md does not start with "# <Connector title>" (its first heading is "Publisher: Contoso Ltd" (level 2))',
        },
      ],
    },
    {
      name: 'A section first.',
      files: documentedFiles('ppc-readme-title', 'invalid', 1),
      expect: [
        {
          path: [],
          line: 1,
          message:
            'readme.md does not start with "# <Connector title>" (its first heading is "Prerequisites" (level 2))',
        },
      ],
    },
    {
      name: 'A title heading.',
      files: documentedFiles('ppc-readme-title', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-readme-title', () => {
  it('fires when the title heading is removed, not when it is only demoted', async () => {
    expect(
      await lintFolderRule('ppc-readme-title', { 'readme.md': validTexts.readme.replace('# Contoso Tasks\n', '') }),
    ).toHaveLength(1);
    expect(
      await lintFolderRule('ppc-readme-title', {
        'readme.md': validTexts.readme.replace('# Contoso Tasks', '## Contoso Tasks'),
      }),
    ).toEqual([]);
  });
});
