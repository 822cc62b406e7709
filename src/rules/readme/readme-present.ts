import { unreadableMessage } from '../../connector/unreadable';
import { defineFolderRule } from '../../types';

export default defineFolderRule('ppc-readme-present', {
  description:
    'The readme is not empty: it describes the service, the publisher, prerequisites, operations, credentials and known issues.',
  severity: 'error',
  check(connector) {
    const readme = connector.readme;
    if (readme?.unreadable !== undefined) return [{ source: readme.file.path, message: unreadableMessage(readme) }];
    if (!readme || readme.tooLarge || readme.text.replace(/<!--[\s\S]*?-->/g, '').trim().length > 0) return [];
    return [
      {
        source: readme.file.path,
        message: `${readme.file.name} is empty; write the readme from the template (title and description, "## Publisher", prerequisites, supported operations, obtaining credentials, known issues).`,
      },
    ];
  },
  'x-ppc': {
    requirements: ['readme-present'],
    section: '13',
    sources: ['R-README', 'L-CS step 4', 'L-IP'],
    specLevel: 'E',
    examples: {
      invalid: [{ description: 'An empty readme.', files: { 'readme.md': '\n\n' } }],
      valid: [{ description: 'The template readme.', files: {} }],
    },
  },
});
