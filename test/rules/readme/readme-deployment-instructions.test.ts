import { folderScenarios } from '../../helpers/scenarios';

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
