import { rangeAt } from '../files/connector-files';
import { defineFolderRule, type FolderFinding } from '../../types';
import { quote } from '../../utils/guards';
import { readmeText } from './headings';

/** Text the readme templates contain that a finished readme replaces. */
const PLACEHOLDERS = [
  /Publisher's Name/i,
  /Description of operation \d/i,
  /^\s*(Required|Optional)\.\s*$/m,
  /\bOperation \d\b/,
  /<(?:your|insert|enter)[^>\n]{0,40}>/i,
  /\bLorem ipsum\b/i,
];

export default defineFolderRule('ppc-readme-no-placeholders', {
  description:
    'The readme has no template text left: "Publisher\'s Name", "Description of operation 1", lone "Required." / "Optional." lines, `<your …>` placeholders.',
  severity: 'warn',
  check(connector) {
    const text = readmeText(connector.readme);
    if (text === undefined || !connector.readme) return [];
    const findings: FolderFinding[] = [];
    for (const pattern of PLACEHOLDERS) {
      const match = pattern.exec(text);
      if (!match) continue;
      const value = match[0].trim();
      findings.push({
        source: connector.readme.file.path,
        range: rangeAt(text, match.index + match[0].indexOf(value), value.length),
        message: `${connector.readme.file.name} still has the template text ${quote(value)}; replace it with the connector's own details.`,
      });
    }
    return findings;
  },
  'x-ppc': {
    requirements: ['readme-no-placeholders'],
    section: '13',
    sources: ['R-TPL-C', 'R-TPL-IP'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: "The template's publisher line.",
          files: { 'readme.md': "# Contoso Tasks\nTracks work.\n\n## Publisher: Publisher's Name\n" },
        },
      ],
      valid: [{ description: 'A finished readme.', files: {} }],
    },
  },
});
