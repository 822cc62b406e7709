import { VALID_SCRIPT } from '../../../src/rules/script/examples';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('ppc-code-sendasync', () => {
  folderScenarios('ppc-code-sendasync', [
    {
      name: 'A new HttpClient.',
      files: documentedFiles('ppc-code-sendasync', 'invalid'),
      expect: [{ path: [], line: 5, message: 'script.csx creates its own HttpClient' }],
    },
    {
      name: 'Context.SendAsync.',
      files: documentedFiles('ppc-code-sendasync', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-code-sendasync', () => {
  it('is silent on the valid script', async () => {
    expect(await lintFolderRule('ppc-code-sendasync', { 'script.csx': VALID_SCRIPT })).toEqual([]);
  });
});
