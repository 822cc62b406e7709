import { lintFolderRule, SEVERITY } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('folder structure rules', () => {
  it('ppc-file-names warns on non-canonical names of the definition, properties and script', async () => {
    const results = await lintFolderRule('ppc-file-names', {
      'apiDefinition.swagger.json': null,
      'apidefinition.swagger.json':
        '{"swagger": "2.0", "info": {"title": "Contoso Tasks", "version": "1.0"}, "paths": {}}\n',
      'Script.cs': '// code\n',
    });
    expect(results.map((r) => r.message)).toEqual([
      'apidefinition.swagger.json should be named apiDefinition.swagger.json; rename it (the pipeline and paconn look for that name).',
      'Script.cs should be named script.csx; rename it (paconn and the certification package expect that name).',
    ]);
    expect(results[0]).toMatchObject({ code: 'ppc-file-names', severity: SEVERITY.warn });
    expect(results[0].source).toMatch(/apidefinition\.swagger\.json$/);
    const extra = await lintFolderRule('ppc-file-names', { 'old.swagger.json': '{}' });
    expect(extra[0].message).toContain('(the folder also has apiDefinition.swagger.json; remove the extra definition)');
  });
});

describe('ppc-file-names scenarios', () => {
  folderScenarios('ppc-file-names', [
    {
      name: 'A definition named after the connector.',
      files: documentedFiles('ppc-file-names', 'invalid'),
      expect: [{ path: [], line: 1, message: 'contoso-tasks.swagger.json should be named apiDefinition.swagger.json' }],
    },
    { name: 'The canonical names.', files: documentedFiles('ppc-file-names', 'valid'), expect: [] },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
