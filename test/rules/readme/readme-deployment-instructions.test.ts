import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, validTexts } from '../../helpers/scenarios';

describe('ppc-readme-deployment-instructions', () => {
  folderScenarios('ppc-readme-deployment-instructions', [
    {
      name: 'No deployment section.',
      files: {
        'readme.md':
          '# Contoso Tasks\nTracks work.\n\n## Publisher: Contoso Ltd\n\n## Known Issues and Limitations\nNone.\n',
      },
      expect: [{ path: [], line: 1, message: 'readme.md has no "## Deployment Instructions" section' }],
    },
    {
      name: 'A deployment section.',
      files: { 'readme.md': '# Contoso Tasks\nTracks work.\n\n## Deployment instructions\nRun paconn create.\n' },
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
