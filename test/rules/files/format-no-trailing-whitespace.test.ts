import { findTrailingWhitespace } from '../../../src/rules/files/format-no-trailing-whitespace';
import { lintFolderRule, SEVERITY } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

const FOUR =
  '{\n    "swagger": "2.0",\n    "info": {\n        "title": "Contoso Tasks",\n        "version": "1.0"\n    },\n    "paths": {}\n}\n';

describe('formatting rules', () => {
  it('ppc-format-no-trailing-whitespace locates the first trailing whitespace and counts the others', async () => {
    const text = FOUR.replace('"2.0",', '"2.0",  ').replace('"1.0"', '"1.0"\t');
    expect(findTrailingWhitespace(text)).toEqual({ line: 1, character: 21, length: 2, count: 2 });
    const [finding, ...rest] = await lintFolderRule('ppc-format-no-trailing-whitespace', {
      'apiDefinition.swagger.json': text,
    });
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-format-no-trailing-whitespace', severity: SEVERITY.info });
    expect(finding.range).toEqual({ start: { line: 1, character: 21 }, end: { line: 1, character: 23 } });
    expect(finding.message).toBe(
      'apiDefinition.swagger.json line 2 ends with whitespace (and 1 more line); remove trailing spaces and tabs (the coding standards ask for none).',
    );
    expect(findTrailingWhitespace(FOUR.replace(/\n/g, '\r\n'))).toBeUndefined();
  });
});

describe('ppc-format-no-trailing-whitespace scenarios', () => {
  folderScenarios('ppc-format-no-trailing-whitespace', [
    {
      name: 'Spaces after a comma.',
      files: documentedFiles('ppc-format-no-trailing-whitespace', 'invalid'),
      expect: [{ path: [], line: 2, message: 'apiDefinition.swagger.json line 2 ends with whitespace' }],
    },
    {
      name: 'Clean line ends (CRLF line breaks are fine).',
      files: documentedFiles('ppc-format-no-trailing-whitespace', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-format-no-trailing-whitespace, further cases', () => {
  it('are silent on the valid fixture', async () => {
    {
      const id = 'ppc-format-no-trailing-whitespace';
      {
        expect({ id, results: await lintFolderRule(id, {}) }).toEqual({ id, results: [] });
      }
    }
  });
});
