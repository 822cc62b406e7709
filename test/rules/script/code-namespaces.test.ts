import { VALID_SCRIPT } from '../../../src/rules/script/examples';
import { lineOf, lintFolderRule } from '../../helpers/lint';
import { folderScenarios } from '../../helpers/scenarios';

describe('ppc-code-namespaces', () => {
  folderScenarios('ppc-code-namespaces', [
    {
      name: 'System.Data.',
      files: {
        'script.csx':
          'using System.Data;\npublic class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n',
      },
      expect: [
        { path: [], line: 1, message: 'script.csx uses the namespace "System.Data", which custom code may not import' },
      ],
    },
    {
      name: 'Allowed namespaces, a static type and an alias.',
      files: {
        'script.csx':
          'using System.Net.Http.Headers;\nusing Newtonsoft.Json.Linq;\nusing static System.Math;\nusing Json = Newtonsoft.Json.JsonConvert;\n// using System.Data;\npublic class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n',
      },
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
