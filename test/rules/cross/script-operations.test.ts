import { lintFolderRule, SEVERITY } from '../../helpers/lint';
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

describe('ppc-script-operations', () => {
  folderScenarios('ppc-script-operations', [
    {
      name: 'An operationId that does not exist.',
      files: {
        'apiProperties.json': {
          json: {
            properties: {
              connectionParameters: {},
              iconBrandColor: '#0f6cbd',
              capabilities: [],
              publisher: 'Contoso Ltd',
              stackOwner: 'Contoso Ltd',
              scriptOperations: ['ListTask'],
            },
          },
        },
      },
      expect: [
        {
          path: ['properties', 'scriptOperations', 0],
          line: 9,
          message: 'scriptOperations lists "ListTask", which no operation of the definition has as operationId',
        },
      ],
    },
    {
      name: 'Existing operationIds.',
      files: {
        'apiProperties.json': {
          json: {
            properties: {
              connectionParameters: {},
              iconBrandColor: '#0f6cbd',
              capabilities: [],
              publisher: 'Contoso Ltd',
              stackOwner: 'Contoso Ltd',
              scriptOperations: ['ListTasks', 'CreateTask'],
            },
          },
        },
      },
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-script-operations', () => {
  it('reports a scriptOperations entry that is no operation, as an error at its index', async () => {
    const [so] = await lintFolderRule('ppc-script-operations', {
      'apiProperties.json': props({ scriptOperations: ['ListTasks', 'Nope'] }),
    });
    expect(so.path).toEqual(['properties', 'scriptOperations', 1]);
    expect(so.severity).toBe(SEVERITY.error);
    expect(
      await lintFolderRule('ppc-script-operations', {
        'apiProperties.json': props({ scriptOperations: ['ListTasks'] }),
      }),
    ).toEqual([]);
  });
});
