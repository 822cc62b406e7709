import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('file-level rules', () => {
  it('ppc-limit-definition-size reports a definition of 1 MB or more', async () => {
    const big = JSON.stringify({
      swagger: '2.0',
      info: { title: 'Big', version: '1', description: 'x'.repeat(1024 * 1024) },
      paths: {},
    });
    const results = await lintFolderRule('ppc-limit-definition-size', { 'apiDefinition.swagger.json': big });
    expect(results).toHaveLength(1);
    expect(results[0].message).toMatch(/is 1\.00 MB \(\d+ bytes\)/);
    expect(await lintFolderRule('ppc-limit-definition-size', {})).toEqual([]);
  });
});

describe('ppc-limit-definition-size scenarios', () => {
  folderScenarios('ppc-limit-definition-size', [
    {
      name: 'A definition padded past 1 MB.',
      files: documentedFiles('ppc-limit-definition-size', 'invalid'),
      expect: [{ path: [], line: 1, message: 'apiDefinition.swagger.json is 1.00 MB (1048670 bytes)' }],
    },
    { name: 'The small valid definition.', files: documentedFiles('ppc-limit-definition-size', 'valid'), expect: [] },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
