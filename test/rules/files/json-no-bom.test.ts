import { lintFolderRule, SEVERITY } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('file-level rules', () => {
  it('ppc-json-no-bom warns on a byte-order mark and is silent without one', async () => {
    const results = await lintFolderRule('ppc-json-no-bom', { 'apiProperties.json': '\ufeff{"properties": {}}' });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn });
    expect(await lintFolderRule('ppc-json-no-bom', {})).toEqual([]);
  });
});

describe('ppc-json-no-bom scenarios', () => {
  folderScenarios('ppc-json-no-bom', [
    {
      name: 'apiProperties.json saved with a BOM.',
      files: documentedFiles('ppc-json-no-bom', 'invalid'),
      expect: [{ path: [], line: 1, message: 'apiProperties.json starts with a UTF-8 byte-order mark' }],
    },
    { name: 'Files saved as plain UTF-8.', files: documentedFiles('ppc-json-no-bom', 'valid'), expect: [] },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
