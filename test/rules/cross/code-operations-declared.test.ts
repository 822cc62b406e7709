import { scriptFor } from '../../../src/rules/script/examples';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios } from '../../helpers/scenarios';

const props = (
  extra: Record<string, unknown>,
  connectionParameters: Record<string, unknown> = { api_key: { type: 'securestring' } },
) => ({
  json: {
    properties: {
      connectionParameters,
      iconBrandColor: '#0f6cbd',
      capabilities: [],
      publisher: 'Contoso Ltd',
      stackOwner: 'Contoso Ltd',
      ...extra,
    },
  },
});

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

describe('ppc-code-operations-declared', () => {
  it('suggests the operationId a script misspells and wants scripted operations listed', async () => {
    const [unknown] = await lintFolderRule('ppc-code-operations-declared', { 'script.csx': scriptFor(['listtasks']) });
    expect(unknown.message).toContain('did you mean "ListTasks"');
    const [unlisted] = await lintFolderRule('ppc-code-operations-declared', {
      'script.csx': scriptFor(['GetTask']),
      'apiProperties.json': props({ scriptOperations: ['ListTasks'] }),
    });
    expect(unlisted.message).toContain('scriptOperations');
    expect(
      await lintFolderRule('ppc-code-operations-declared', {
        'script.csx': scriptFor(['GetTask']),
        'apiProperties.json': props({ scriptOperations: [] }),
      }),
    ).toEqual([]);
  });
});
