import { firstMisplacedKey } from '../../../src/rules/files/format-key-order';
import { lintFolderRule, SEVERITY } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('formatting rules', () => {
  it('ppc-format-key-order reports the first key out of template order', async () => {
    expect(
      firstMisplacedKey([
        'swagger',
        'info',
        'schemes',
        'host',
        'basePath',
        'produces',
        'consumes',
        'paths',
        'x-ms-connector-metadata',
        'definitions',
      ]),
    ).toBeUndefined();
    expect(firstMisplacedKey(['definitions', 'host', 'info', 'paths', 'swagger'])).toEqual({
      key: 'host',
      after: 'definitions',
    });
    const text =
      '{\n    "swagger": "2.0",\n    "paths": {},\n    "info": {\n        "title": "Contoso Tasks",\n        "version": "1.0"\n    }\n}\n';
    const [finding] = await lintFolderRule('ppc-format-key-order', { 'apiDefinition.swagger.json': text });
    expect(finding).toMatchObject({ code: 'ppc-format-key-order', severity: SEVERITY.info, path: ['info'] });
    expect(finding.range.start.line).toBe(3);
    expect(finding.message).toMatch(
      /^apiDefinition\.swagger\.json has "info" after "paths"; order the top-level keys swagger, info, host\/basePath\/schemes, consumes\/produces, paths, /,
    );
  });
});

describe('ppc-format-key-order scenarios', () => {
  folderScenarios('ppc-format-key-order', [
    {
      name: '`paths` before `info`.',
      files: documentedFiles('ppc-format-key-order', 'invalid'),
      expect: [{ path: ['info'], line: 4, message: 'apiDefinition.swagger.json has "info" after "paths"' }],
    },
    {
      name: 'The template order, with an extension at the end.',
      files: documentedFiles('ppc-format-key-order', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-format-key-order, further cases', () => {
  it('are silent on the valid fixture', async () => {
    {
      const id = 'ppc-format-key-order';
      {
        expect({ id, results: await lintFolderRule(id, {}) }).toEqual({ id, results: [] });
      }
    }
  });
});
