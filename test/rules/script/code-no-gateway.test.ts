import { folderScenarios } from '../../helpers/scenarios';

describe('ppc-code-no-gateway', () => {
  folderScenarios('ppc-code-no-gateway', [
    {
      name: 'A script and the gateway capability.',
      files: {
        'script.csx':
          'public class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n',
        'apiProperties.json': {
          json: {
            properties: {
              connectionParameters: {},
              iconBrandColor: '#0f6cbd',
              capabilities: ['gateway'],
              publisher: 'Contoso Ltd',
              stackOwner: 'Contoso Ltd',
            },
          },
        },
      },
      expect: [{ path: [], line: 1, message: 'The connector has custom code and uses the on-premises data gateway' }],
    },
    {
      name: 'A script without the gateway.',
      files: {
        'script.csx':
          'public class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n',
      },
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
