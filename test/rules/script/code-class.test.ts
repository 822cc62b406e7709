import { folderScenarios } from '../../helpers/scenarios';

describe('ppc-code-class', () => {
  folderScenarios('ppc-code-class', [
    {
      name: 'Another class name.',
      files: {
        'script.csx':
          'public class ContosoScript : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n',
      },
      expect: [{ path: [], line: 1, message: 'script.csx derives "ContosoScript" from ScriptBase' }],
    },
    {
      name: 'The Script class.',
      files: {
        'script.csx':
          'public class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n',
      },
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
