import { MAX_PARSE_BYTES } from '../../connector/limits';
import { defineFolderRule } from '../../types';

const LIMIT = 1024 * 1024;

export default defineFolderRule('ppc-limit-definition-size', {
  description: 'The connector definition (apiDefinition.swagger.json) is smaller than 1 MB, the platform import limit.',
  severity: 'error',
  check(connector) {
    const swagger = connector.swagger;
    if (!swagger || swagger.file.size < LIMIT) return [];
    const mb = (swagger.file.size / LIMIT).toFixed(2);
    const skipped = swagger.tooLarge
      ? ` It was not linted further (files over ${MAX_PARSE_BYTES / LIMIT} MB are not parsed).`
      : '';
    return [
      {
        source: swagger.file.path,
        message: `${swagger.file.name} is ${mb} MB (${swagger.file.size} bytes); the platform imports definitions under 1 MB. Split the API into several connectors.${skipped}`,
      },
    ];
  },
  'x-ppc': {
    requirements: ['limit-definition-size'],
    section: '16',
    sources: ['L-CS 3d', 'L-FAQ', 'L-OAD', 'DOCIS#18', 'PR#1381'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A definition padded past 1 MB.',
          files: {
            'apiDefinition.swagger.json': `{"swagger": "2.0", "info": {"title": "Big", "version": "1.0", "description": "${'x'.repeat(1024 * 1024)}"}, "paths": {}}`,
          },
        },
      ],
      valid: [{ description: 'The small valid definition.', files: {} }],
    },
  },
});
