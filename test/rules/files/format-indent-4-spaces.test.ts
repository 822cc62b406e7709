import { checkIndent } from '../../../src/rules/files/format-indent-4-spaces';
import { lintFolderRule, SEVERITY } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

const FOUR =
  '{\n    "swagger": "2.0",\n    "info": {\n        "title": "Contoso Tasks",\n        "version": "1.0"\n    },\n    "paths": {}\n}\n';
const TWO =
  '{\n  "swagger": "2.0",\n  "info": {\n    "title": "Contoso Tasks",\n    "version": "1.0"\n  },\n  "paths": {}\n}\n';

describe('formatting rules', () => {
  it('ppc-format-indent-4-spaces reports tabs with a location', async () => {
    const results = await lintFolderRule('ppc-format-indent-4-spaces', {
      'apiDefinition.swagger.json': FOUR.replace(/ {4}/g, '\t'),
    });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-format-indent-4-spaces', severity: SEVERITY.info });
    expect(results[0].source).toMatch(/apiDefinition\.swagger\.json$/);
    expect(results[0].range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 1 } });
    expect(results[0].message).toBe(
      'apiDefinition.swagger.json line 2 is indented with a tab where 4 spaces are expected (and 5 more lines); format the file with 4-space indentation and no tabs (the coding standards ask for soft tabs of 4 spaces, and reviewers ask for formatted files).',
    );
  });

  it('ppc-format-indent-4-spaces accepts 2 or 4 spaces used consistently and Jackson-style brackets', () => {
    expect(checkIndent(FOUR)).toBeUndefined();
    expect(checkIndent(TWO)).toBeUndefined();
    expect(checkIndent(FOUR.replace(/\n/g, '\r\n'))).toBeUndefined();
    expect(
      checkIndent('{\n  "a" : [ {\n    "b" : 1\n  }, {\n    "b" : 2\n  } ],\n  "c" : "{ not a bracket ["\n}'),
    ).toBeUndefined();
    const off = checkIndent('{\n    "a": {\n      "b": 1\n    }\n}\n');
    expect(off).toMatchObject({ line: 2, expected: 8, count: 1, tabs: false, unit: 4 });
    expect(checkIndent('{\n  "a": {\n      "b": 1\n  }\n}\n')).toMatchObject({ line: 2, expected: 4, unit: 2 });
  });

  it('ppc-format-indent-4-spaces reports a one-line definition', async () => {
    const oneLine = JSON.stringify({
      swagger: '2.0',
      info: { title: 'Contoso Tasks', version: '1.0', description: 'x'.repeat(300) },
      paths: {},
    });
    const [finding] = await lintFolderRule('ppc-format-indent-4-spaces', { 'apiDefinition.swagger.json': oneLine });
    expect(finding.message).toMatch(
      /^apiDefinition\.swagger\.json is written on one line; format it with 4-space indentation/,
    );
  });
});

describe('ppc-format-indent-4-spaces scenarios', () => {
  folderScenarios('ppc-format-indent-4-spaces', [
    {
      name: 'A tab-indented definition.',
      files: documentedFiles('ppc-format-indent-4-spaces', 'invalid'),
      expect: [
        {
          path: [],
          line: 2,
          message:
            'apiDefinition.swagger.json line 2 is indented with a tab where 4 spaces are expected (and 5 more lines)',
        },
      ],
    },
    {
      name: 'A line indented differently from the rest.',
      files: documentedFiles('ppc-format-indent-4-spaces', 'invalid', 1),
      expect: [
        {
          path: [],
          line: 4,
          message: 'apiDefinition.swagger.json line 4 is indented with 6 spaces where 8 spaces are expected',
        },
      ],
    },
    {
      name: 'The same definition indented with 2 spaces throughout (as most merged definitions are).',
      files: documentedFiles('ppc-format-indent-4-spaces', 'valid'),
      expect: [],
    },
    {
      name: 'The same definition indented with 4 spaces.',
      files: documentedFiles('ppc-format-indent-4-spaces', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-format-indent-4-spaces, further cases', () => {
  it('are silent on the valid fixture', async () => {
    {
      const id = 'ppc-format-indent-4-spaces';
      {
        expect({ id, results: await lintFolderRule(id, {}) }).toEqual({ id, results: [] });
      }
    }
  });
});
