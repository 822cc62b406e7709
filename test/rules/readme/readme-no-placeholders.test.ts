import { folderScenarios } from '../../helpers/scenarios';

describe('ppc-readme-no-placeholders', () => {
  folderScenarios('ppc-readme-no-placeholders', [
    {
      name: "The template's publisher line.",
      files: { 'readme.md': "# Contoso Tasks\nTracks work.\n\n## Publisher: Publisher's Name\n" },
      expect: [{ path: [], line: 4, message: 'readme.md still has the template text "Publisher\'s Name"' }],
    },
    { name: 'A finished readme.', files: {}, expect: [] },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
