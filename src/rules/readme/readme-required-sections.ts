import { defineFolderRule, type FolderFinding } from '../../types';
import { findSection, headingsOf, readmeText, SECTIONS } from './headings';

const REQUIRED = [SECTIONS.prerequisites, SECTIONS.operations, SECTIONS.credentials, SECTIONS.issues];

export default defineFolderRule('ppc-readme-required-sections', {
  description:
    "The readme has the template's sections: `Prerequisites`, `Supported Operations`, `Obtaining Credentials` and `Known Issues and Limitations` (headings found without regard to case, with common synonyms).",
  severity: 'warn',
  check(connector) {
    const text = readmeText(connector.readme);
    if (text === undefined || text.trim() === '' || !connector.readme) return [];
    const headings = headingsOf(text);
    const findings: FolderFinding[] = [];
    for (const section of REQUIRED) {
      if (findSection(headings, section)) continue;
      findings.push({
        source: connector.readme.file.path,
        message: `${connector.readme.file.name} has no "## ${section.name}" section; add it (reviewers ask for the template's sections by name).`,
      });
    }
    return findings;
  },
  'x-ppc': {
    requirements: ['readme-required-sections'],
    section: '13',
    sources: ['R-TPL-C', 'R-TPL-IP', 'PR#1568', 'PR#3141'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'No credentials or known-issues sections.',
          files: {
            'readme.md':
              '# Contoso Tasks\nTracks work.\n\n## Publisher: Contoso Ltd\n\n## Prerequisites\nAn account.\n\n## Supported Operations\n### List tasks\nLists tasks.\n',
          },
        },
      ],
      valid: [
        {
          description: 'Synonyms in other cases.',
          files: {
            'readme.md':
              '# Contoso Tasks\nTracks work.\n\n## Publisher: Contoso Ltd\n\n## Pre-requisites\nAn account.\n\n## SUPPORTED ACTIONS\n### List tasks\nLists tasks.\n\n## How to get credentials\nCreate a key.\n\n## Known issues\nNone.\n',
          },
        },
      ],
    },
  },
});
