import { folderScenarios, documented } from '../../helpers/scenarios';

describe('ppc-code-size', () => {
  folderScenarios('ppc-code-size', [
    {
      name: 'A script over 1 MB.',
      files: documented('ppc-code-size', 'invalid', 0).files ?? {},
      expect: [{ path: [], line: 1, message: 'script.csx is 1,200,037 bytes' }],
    },
    {
      name: 'A small script.',
      files: {
        'script.csx':
          'public class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n',
      },
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
