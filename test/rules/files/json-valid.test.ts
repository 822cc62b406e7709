import { lintConnector } from '../../../src/lint';
import { connectorWith, lintFolderRule, SEVERITY } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('file-level rules', () => {
  it('ppc-json-valid locates a trailing comma', async () => {
    const results = await lintFolderRule('ppc-json-valid', {
      'apiProperties.json': '{\n    "properties": {\n        "a": 1,\n    }\n}\n',
    });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error });
    expect(results[0].source).toMatch(/apiProperties\.json$/);
    expect(results[0].range.start.line).toBe(3);
    expect(results[0].message).toMatch(/^apiProperties\.json is not valid JSON/);
  });

  it('ppc-json-valid reports duplicate keys and Latin-1 bytes', async () => {
    const dup = await lintFolderRule('ppc-json-valid', {
      'apiProperties.json': '{\n    "properties": {},\n    "properties": {}\n}\n',
    });
    expect(dup.map((d) => d.message).join()).toContain('Duplicate key');
    const latin1 = Buffer.from('{\n    "properties": {"publisher": "Br\u00f8nn\u00f8y"}\n}\n', 'latin1').toString(
      'latin1',
    );
    const dir = await connectorWith({});
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/apiProperties.json`, Buffer.from(latin1, 'latin1'));
    const { diagnostics } = await lintConnector(dir);
    const utf = diagnostics.filter((d) => d.code === 'ppc-json-valid');
    expect(utf).toHaveLength(1);
    expect(utf[0].message).toContain('not valid UTF-8');
    expect(utf[0].range.start).toEqual({ line: 1, character: 35 });
  });
});

describe('ppc-json-valid scenarios', () => {
  folderScenarios('ppc-json-valid', [
    {
      name: 'A trailing comma in apiProperties.json.',
      files: documentedFiles('ppc-json-valid', 'invalid'),
      expect: [
        {
          path: [],
          line: 4,
          message: 'apiProperties.json is not valid JSON: Property name expected (a trailing comma before "}"?).',
        },
      ],
    },
    {
      name: 'apiProperties.json holding an array gets the hint of its own shape',
      files: { 'apiProperties.json': '[]' },
      expect: [
        {
          path: [],
          message:
            'apiProperties.json holds an array, not a JSON object; write it as one object ({ "properties": { ... } }).',
        },
      ],
    },
    {
      name: 'a definition holding a number gets the definition hint',
      files: { 'apiDefinition.swagger.json': '42' },
      expect: [
        {
          path: [],
          message: /holds a number \(42\), not a JSON object; write the definition as one object \(\{ "swagger"/,
        },
      ],
    },
    { name: 'The valid connector as is.', files: documentedFiles('ppc-json-valid', 'valid'), expect: [] },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
