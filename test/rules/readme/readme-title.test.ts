import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, validTexts } from '../../helpers/scenarios';

describe('ppc-readme-title', () => {
  folderScenarios('ppc-readme-title', [
    {
      name: 'No title heading.',
      files: { 'readme.md': 'Contoso Tasks keeps track of work.\n\n## Publisher: Contoso Ltd\n' },
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
      files: { 'readme.md': '## Prerequisites\nAn account.\n\n# Contoso Tasks\n' },
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
      files: { 'readme.md': '# Contoso Tasks\nContoso Tasks keeps track of work.\n\n## Publisher: Contoso Ltd\n' },
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
