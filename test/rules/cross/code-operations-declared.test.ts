import { folderScenarios } from '../../helpers/scenarios';

describe('ppc-code-operations-declared', () => {
  folderScenarios('ppc-code-operations-declared', [
    {
      name: 'A case for an operation the definition lacks.',
      files: {
        'script.csx':
          'public class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        switch (this.Context.OperationId)\n        {\n            case "ListTasks":\n                break;\n            case "ArchiveTask":\n                break;\n        }\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n',
      },
      expect: [
        {
          path: [],
          line: 9,
          message: 'script.csx branches on the operationId "ArchiveTask", which the definition does not have',
        },
      ],
    },
    {
      name: 'An operation missing from scriptOperations.',
      files: {
        'script.csx':
          'public class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        switch (this.Context.OperationId)\n        {\n            case "ListTasks":\n                break;\n            case "GetTask":\n                break;\n        }\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n',
        'apiProperties.json': {
          json: {
            properties: {
              connectionParameters: {},
              iconBrandColor: '#0f6cbd',
              capabilities: [],
              publisher: 'Contoso Ltd',
              stackOwner: 'Contoso Ltd',
              scriptOperations: ['ListTasks'],
            },
          },
        },
      },
      expect: [
        {
          path: [],
          line: 9,
          message:
            'script.csx branches on "GetTask", but scriptOperations in apiProperties.json does not list it, so the script never runs for it',
        },
      ],
    },
    {
      name: 'Cases for listed, existing operations.',
      files: {
        'script.csx':
          'public class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        switch (this.Context.OperationId)\n        {\n            case "ListTasks":\n                break;\n            case "GetTask":\n                break;\n        }\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n',
        'apiProperties.json': {
          json: {
            properties: {
              connectionParameters: {},
              iconBrandColor: '#0f6cbd',
              capabilities: [],
              publisher: 'Contoso Ltd',
              stackOwner: 'Contoso Ltd',
              scriptOperations: ['ListTasks', 'GetTask'],
            },
          },
        },
      },
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
