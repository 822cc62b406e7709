import { folderScenarios } from '../../helpers/scenarios';

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
