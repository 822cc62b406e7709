import { VALID_SCRIPT } from '../../../src/rules/script/examples';
import { lineOf, lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('ppc-code-namespaces', () => {
  folderScenarios('ppc-code-namespaces', [
    {
      name: 'System.Data.',
      files: documentedFiles('ppc-code-namespaces', 'invalid'),
      expect: [
        { path: [], line: 1, message: 'script.csx uses the namespace "System.Data", which custom code may not import' },
      ],
    },
    {
      name: 'Allowed namespaces, a static type and an alias.',
      files: documentedFiles('ppc-code-namespaces', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-code-namespaces', () => {
  it('quotes a disallowed namespace on its line', async () => {
    const script = `using System.Net.Http;\nusing System.Data.SqlClient;\n${VALID_SCRIPT}`;
    const [ns] = await lintFolderRule('ppc-code-namespaces', { 'script.csx': script });
    expect(ns.message).toContain('"System.Data.SqlClient"');
    expect(lineOf(ns)).toBe(2);
  });
  it('is silent on the valid script', async () => {
    expect(await lintFolderRule('ppc-code-namespaces', { 'script.csx': VALID_SCRIPT })).toEqual([]);
  });
});
