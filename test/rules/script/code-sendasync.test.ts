import { VALID_SCRIPT } from '../../../src/rules/script/examples';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios } from '../../helpers/scenarios';

describe('ppc-code-sendasync', () => {
  folderScenarios('ppc-code-sendasync', [
    {
      name: 'A new HttpClient.',
      files: {
        'script.csx':
          'public class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        var client = new HttpClient();\n        return await client.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n',
      },
      expect: [{ path: [], line: 5, message: 'script.csx creates its own HttpClient' }],
    },
    {
      name: 'Context.SendAsync.',
      files: {
        'script.csx':
          'public class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n',
      },
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
