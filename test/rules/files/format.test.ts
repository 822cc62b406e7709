import { checkIndent } from '../../../src/rules/files/format-indent-4-spaces';
import { firstMisplacedKey } from '../../../src/rules/files/format-key-order';
import { findTrailingWhitespace } from '../../../src/rules/files/format-no-trailing-whitespace';
import { lintFolderRule, SEVERITY } from '../../helpers/lint';

const FOUR = '{\n    "swagger": "2.0",\n    "info": {\n        "title": "Contoso Tasks",\n        "version": "1.0"\n    },\n    "paths": {}\n}\n';
const TWO = '{\n  "swagger": "2.0",\n  "info": {\n    "title": "Contoso Tasks",\n    "version": "1.0"\n  },\n  "paths": {}\n}\n';

describe('formatting rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of ['ppc-format-indent-4-spaces', 'ppc-format-no-trailing-whitespace', 'ppc-format-key-order']) {
      expect({ id, results: await lintFolderRule(id, {}) }).toEqual({ id, results: [] });
    }
  });

  it('ppc-format-indent-4-spaces reports tabs with a location', async () => {
    const results = await lintFolderRule('ppc-format-indent-4-spaces', { 'apiDefinition.swagger.json': FOUR.replace(/ {4}/g, '\t') });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-format-indent-4-spaces', severity: SEVERITY.info });
    expect(results[0]!.source).toMatch(/apiDefinition\.swagger\.json$/);
    expect(results[0]!.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 1 } });
    expect(results[0]!.message).toBe(
      'apiDefinition.swagger.json line 2 is indented with a tab where 4 spaces are expected (and 5 more lines); format the file with 4-space indentation and no tabs (the coding standards ask for soft tabs of 4 spaces, and reviewers ask for formatted files).',
    );
  });

  it('ppc-format-indent-4-spaces accepts 2 or 4 spaces used consistently and Jackson-style brackets', async () => {
    expect(checkIndent(FOUR)).toBeUndefined();
    expect(checkIndent(TWO)).toBeUndefined();
    expect(checkIndent(FOUR.replace(/\n/g, '\r\n'))).toBeUndefined();
    expect(checkIndent('{\n  "a" : [ {\n    "b" : 1\n  }, {\n    "b" : 2\n  } ],\n  "c" : "{ not a bracket ["\n}')).toBeUndefined();
    const off = checkIndent('{\n    "a": {\n      "b": 1\n    }\n}\n');
    expect(off).toMatchObject({ line: 2, expected: 8, count: 1, tabs: false, unit: 4 });
    expect(checkIndent('{\n  "a": {\n      "b": 1\n  }\n}\n')).toMatchObject({ line: 2, expected: 4, unit: 2 });
  });

  it('ppc-format-indent-4-spaces reports a one-line definition', async () => {
    const oneLine = JSON.stringify({ swagger: '2.0', info: { title: 'Contoso Tasks', version: '1.0', description: 'x'.repeat(300) }, paths: {} });
    const [finding] = await lintFolderRule('ppc-format-indent-4-spaces', { 'apiDefinition.swagger.json': oneLine });
    expect(finding!.message).toMatch(/^apiDefinition\.swagger\.json is written on one line; format it with 4-space indentation/);
  });

  it('ppc-format-no-trailing-whitespace locates the first trailing whitespace and counts the others', async () => {
    const text = FOUR.replace('"2.0",', '"2.0",  ').replace('"1.0"', '"1.0"\t');
    expect(findTrailingWhitespace(text)).toEqual({ line: 1, character: 21, length: 2, count: 2 });
    const [finding, ...rest] = await lintFolderRule('ppc-format-no-trailing-whitespace', { 'apiDefinition.swagger.json': text });
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-format-no-trailing-whitespace', severity: SEVERITY.info });
    expect(finding!.range).toEqual({ start: { line: 1, character: 21 }, end: { line: 1, character: 23 } });
    expect(finding!.message).toBe(
      'apiDefinition.swagger.json line 2 ends with whitespace (and 1 more line); remove trailing spaces and tabs (the coding standards ask for none).',
    );
    expect(findTrailingWhitespace(FOUR.replace(/\n/g, '\r\n'))).toBeUndefined();
  });

  it('ppc-format-key-order reports the first key out of template order', async () => {
    expect(firstMisplacedKey(['swagger', 'info', 'schemes', 'host', 'basePath', 'produces', 'consumes', 'paths', 'x-ms-connector-metadata', 'definitions'])).toBeUndefined();
    expect(firstMisplacedKey(['definitions', 'host', 'info', 'paths', 'swagger'])).toEqual({ key: 'host', after: 'definitions' });
    const text = '{\n    "swagger": "2.0",\n    "paths": {},\n    "info": {\n        "title": "Contoso Tasks",\n        "version": "1.0"\n    }\n}\n';
    const [finding] = await lintFolderRule('ppc-format-key-order', { 'apiDefinition.swagger.json': text });
    expect(finding).toMatchObject({ code: 'ppc-format-key-order', severity: SEVERITY.info, path: ['info'] });
    expect(finding!.range.start.line).toBe(3);
    expect(finding!.message).toMatch(/^apiDefinition\.swagger\.json has "info" after "paths"; order the top-level keys swagger, info, host\/basePath\/schemes, consumes\/produces, paths, /);
  });

  it('formatting rules survive empty and unparseable definitions', async () => {
    for (const content of ['', '{', '[1, 2]', 'null', '"text"']) {
      for (const id of ['ppc-format-indent-4-spaces', 'ppc-format-no-trailing-whitespace', 'ppc-format-key-order']) {
        await expect(lintFolderRule(id, { 'apiDefinition.swagger.json': content })).resolves.toBeDefined();
      }
    }
  });
});
