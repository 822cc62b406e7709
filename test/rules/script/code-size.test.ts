import { VALID_SCRIPT } from '../../../src/rules/script/examples';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('ppc-code-size', () => {
  folderScenarios('ppc-code-size', [
    {
      name: 'A script over 1 MB.',
      files: documentedFiles('ppc-code-size', 'invalid'),
      expect: [{ path: [], line: 1, message: 'script.csx is 1,200,037 bytes' }],
    },
    {
      name: 'A small script.',
      files: documentedFiles('ppc-code-size', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-code-size', () => {
  it('gives the size of a script just over 1 MiB', async () => {
    const [big] = await lintFolderRule('ppc-code-size', { 'script.csx': VALID_SCRIPT + ' '.repeat(1_048_577) });
    expect(big.message).toMatch(/1,048,\d{3} bytes/);
  });
  it('is silent on the valid script', async () => {
    expect(await lintFolderRule('ppc-code-size', { 'script.csx': VALID_SCRIPT })).toEqual([]);
  });
});
