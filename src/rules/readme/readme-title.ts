import { defineFolderRule } from '../../types';
import { quote } from '../../utils/guards';
import { headingsOf, readmeText, SECTIONS } from './headings';

export default defineFolderRule('ppc-readme-title', {
  description:
    "The readme starts with the connector's title as a heading (`# <Title>`), before the publisher and the other sections, followed by a short description of the service.",
  severity: 'warn',
  check(connector) {
    const text = readmeText(connector.readme);
    if (text === undefined || text.trim() === '' || !connector.readme) return [];
    const first = headingsOf(text)[0];
    // Many merged readmes put the title in a level-2 heading; what matters is that a title comes first.
    if (
      first &&
      first.level <= 2 &&
      !Object.values(SECTIONS).some((s) => s.pattern.test(first.text)) &&
      !/publisher/i.test(first.text)
    )
      return [];
    const source = connector.readme.file.path;
    const seen = first ? `its first heading is ${quote(first.text)} (level ${first.level})` : 'it has no heading';
    return [
      {
        source,
        range: first
          ? { start: { line: first.line, character: 0 }, end: { line: first.line, character: 0 } }
          : undefined,
        message: `${connector.readme.file.name} does not start with "# <Connector title>" (${seen}); begin with the title as a level-1 heading and two or three sentences about the service.`,
      },
    ];
  },
  'x-ppc': {
    requirements: ['readme-title'],
    section: '13',
    sources: ['R-TPL-C', 'R-TPL-IP'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'No title heading.',
          files: { 'readme.md': 'Contoso Tasks keeps track of work.\n\n## Publisher: Contoso Ltd\n' },
        },
        {
          description: 'A section first.',
          files: { 'readme.md': '## Prerequisites\nAn account.\n\n# Contoso Tasks\n' },
        },
      ],
      valid: [
        {
          description: 'A title heading.',
          files: { 'readme.md': '# Contoso Tasks\nContoso Tasks keeps track of work.\n\n## Publisher: Contoso Ltd\n' },
        },
      ],
    },
  },
});
