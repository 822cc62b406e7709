import { defineFolderRule } from '../../types';
import { quote } from '../../utils/guards';
import { headingsOf, readmeText } from './headings';

export default defineFolderRule('ppc-readme-title', {
  description: 'The readme starts with a level-1 heading `# <Connector title>` followed by a short description of the service and the connector.',
  severity: 'warn',
  check(connector) {
    const text = readmeText(connector.readme);
    if (text === undefined || text.trim() === '' || !connector.readme) return [];
    const first = headingsOf(text)[0];
    if (first?.level === 1) return [];
    const source = connector.readme.file.path;
    const seen = first ? `its first heading is ${quote(first.text)} (level ${first.level})` : 'it has no heading';
    return [{ source, range: first ? { start: { line: first.line, character: 0 }, end: { line: first.line, character: 0 } } : undefined, message: `${connector.readme.file.name} does not start with "# <Connector title>" (${seen}); begin with the title as a level-1 heading and two or three sentences about the service.` }];
  },
  'x-ppc': {
    requirements: ['readme-title'],
    section: '13',
    sources: ['R-TPL-C', 'R-TPL-IP'],
    specLevel: 'E',
    examples: {
      invalid: [{ description: 'No title heading.', files: { 'readme.md': 'Contoso Tasks keeps track of work.\n\n## Publisher: Contoso Ltd\n' } }],
      valid: [{ description: 'A title heading.', files: { 'readme.md': '# Contoso Tasks\nContoso Tasks keeps track of work.\n\n## Publisher: Contoso Ltd\n' } }],
    },
  },
});
