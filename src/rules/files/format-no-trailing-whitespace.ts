import { defineFolderRule } from '../../types';

/**
 * First line (zero-based) with whitespace before its end, the whitespace's column and length, and how many lines have
 * it.
 */
export function findTrailingWhitespace(
  text: string,
): { line: number; character: number; length: number; count: number } | undefined {
  let first: { line: number; character: number; length: number } | undefined;
  let count = 0;
  const lines = text.split('\n');
  lines.forEach((raw, line) => {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const match = /(?<![ \t\u00a0])[ \t\u00a0]+$/.exec(content);
    if (!match) return;
    count++;
    first ??= { line, character: match.index, length: match[0].length };
  });
  return first ? { ...first, count } : undefined;
}

export default defineFolderRule('ppc-format-no-trailing-whitespace', {
  description: 'No line of the connector definition ends with spaces or tabs.',
  severity: 'info',
  check(connector) {
    const swagger = connector.swagger;
    if (!swagger || swagger.tooLarge) return [];
    const found = findTrailingWhitespace(swagger.text);
    if (!found) return [];
    const others = found.count > 1 ? ` (and ${found.count - 1} more line${found.count === 2 ? '' : 's'})` : '';
    return [
      {
        source: swagger.file.path,
        range: {
          start: { line: found.line, character: found.character },
          end: { line: found.line, character: found.character + found.length },
        },
        message: `${swagger.file.name} line ${found.line + 1} ends with whitespace${others}; remove trailing spaces and tabs (the coding standards ask for none).`,
      },
    ];
  },
  'x-ppc': {
    requirements: ['format-no-trailing-whitespace'],
    section: '1',
    sources: ['L-CSTD'],
    specLevel: 'I',
    fix: { kind: 'safe', description: 'Removes the spaces and tabs at the end of every line.' },
    examples: {
      invalid: [
        {
          description: 'Spaces after a comma.',
          files: {
            'apiDefinition.swagger.json':
              '{\n    "swagger": "2.0",   \n    "info": {\n        "title": "Contoso Tasks",\n        "version": "1.0"\n    },\n    "paths": {}\n}\n',
          },
        },
      ],
      valid: [
        {
          description: 'Clean line ends (CRLF line breaks are fine).',
          files: {
            'apiDefinition.swagger.json':
              '{\r\n    "swagger": "2.0",\r\n    "info": {\r\n        "title": "Contoso Tasks",\r\n        "version": "1.0"\r\n    },\r\n    "paths": {}\r\n}\r\n',
          },
        },
      ],
    },
  },
});
