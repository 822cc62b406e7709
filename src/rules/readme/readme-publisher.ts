import { defineFolderRule } from '../../types';
import { headingsOf, readmeText } from './headings';

export default defineFolderRule('ppc-readme-publisher', {
  description:
    'The readme names the publisher in a `## Publisher: <name>` heading (the company, or for an independent publisher the person).',
  severity: 'warn',
  check(connector) {
    const text = readmeText(connector.readme);
    if (text === undefined || text.trim() === '' || !connector.readme) return [];
    const headings = headingsOf(text);
    if (headings.some((h) => /publisher/i.test(h.text)) || /^\s*\**publisher\**\s*:/im.test(text)) return [];
    return [
      {
        source: connector.readme.file.path,
        message: `${connector.readme.file.name} does not name the publisher; add "## Publisher: <name>" after the description (the company, or for an independent publisher your name).`,
      },
    ];
  },
  'x-ppc': {
    requirements: ['readme-publisher'],
    section: '13',
    sources: ['R-TPL-C', 'R-TPL-IP'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'No publisher heading.',
          files: {
            'readme.md': '# Contoso Tasks\nContoso Tasks keeps track of work.\n\n## Prerequisites\nAn account.\n',
          },
        },
      ],
      valid: [
        {
          description: 'The publisher in a heading.',
          files: { 'readme.md': '# Contoso Tasks\nContoso Tasks keeps track of work.\n\n## Publisher: Contoso Ltd\n' },
        },
      ],
    },
  },
});
