import { defineFolderRule } from '../../types';
import { findSection, headingsOf, readmeText, SECTIONS } from './headings';

export default defineFolderRule('ppc-readme-deployment-instructions', {
  description:
    "A certified connector's readme has a `Deployment Instructions` section (how to deploy it as a custom connector with paconn or the portal).",
  severity: 'warn',
  check(connector) {
    const text = readmeText(connector.readme);
    if (text === undefined || text.trim() === '' || !connector.readme) return [];
    if (findSection(headingsOf(text), SECTIONS.deployment)) return [];
    return [
      {
        source: connector.readme.file.path,
        message: `${connector.readme.file.name} has no "## Deployment Instructions" section; add how to deploy the connector as a custom connector (for example with paconn create).`,
      },
    ];
  },
  'x-ppc': {
    requirements: ['readme-required-sections'],
    section: '13',
    sources: ['R-TPL-C'],
    specLevel: 'E',
    profiles: { 'independent-publisher': false },
    examples: {
      invalid: [
        {
          description: 'No deployment section.',
          files: {
            'readme.md':
              '# Contoso Tasks\nTracks work.\n\n## Publisher: Contoso Ltd\n\n## Known Issues and Limitations\nNone.\n',
          },
        },
      ],
      valid: [
        {
          description: 'A deployment section.',
          files: { 'readme.md': '# Contoso Tasks\nTracks work.\n\n## Deployment instructions\nRun paconn create.\n' },
        },
      ],
    },
  },
});
