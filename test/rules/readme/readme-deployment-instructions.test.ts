import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, validTexts, documentedFiles } from '../../helpers/scenarios';

describe('ppc-readme-deployment-instructions', () => {
  folderScenarios('ppc-readme-deployment-instructions', [
    {
      name: 'No deployment section.',
      files: documentedFiles('ppc-readme-deployment-instructions', 'invalid'),
      expect: [{ path: [], line: 1, message: 'readme.md has no "## Deployment Instructions" section' }],
    },
    {
      name: 'A deployment section.',
      files: documentedFiles('ppc-readme-deployment-instructions', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-readme-deployment-instructions', () => {
  it('fires when the section is missing, except for independent publishers', async () => {
    const files = { 'readme.md': validTexts.readme.replace('## Deployment Instructions', '## Misc') };
    expect(await lintFolderRule('ppc-readme-deployment-instructions', files)).toHaveLength(1);
    expect(await lintFolderRule('ppc-readme-deployment-instructions', files, 'independent-publisher')).toEqual([]);
  });
});
