import { folderScenarios } from '../../helpers/scenarios';

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
