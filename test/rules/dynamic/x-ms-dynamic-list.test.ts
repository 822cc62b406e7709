import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-x-ms-dynamic-list', () => {
  ruleScenarios('ppc-x-ms-dynamic-list', [
    {
      name: 'The x-ms-dynamic-values parameter form.',
      edit: (doc) => {
        doc.definitions.NewTask.properties.parent = {
          type: 'string',
          'x-ms-summary': 'Parent Task',
          description: 'The task this one belongs to.',
          'x-ms-dynamic-values': {
            operationId: 'ListTasks',
            parameters: { status: { parameter: 'title' } },
            'value-path': 'id',
            'value-title': 'title',
          },
          'x-ms-dynamic-list': {
            operationId: 'ListTasks',
            parameters: { status: { parameter: 'title' } },
            itemValuePath: 'id',
            itemTitlePath: 'title',
          },
        };
      },
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'parent', 'x-ms-dynamic-list', 'parameters', 'status'],
          line: 169,
          message: 'x-ms-dynamic-list parameter "status" has "parameter"',
        },
      ],
    },
    {
      name: 'A parameter reference into the body.',
      edit: (doc) => {
        doc.definitions.NewTask.properties.parent = {
          type: 'string',
          'x-ms-summary': 'Parent Task',
          description: 'The task this one belongs to.',
          'x-ms-dynamic-values': {
            operationId: 'ListTasks',
            parameters: { status: { parameter: 'title' } },
            'value-path': 'id',
            'value-title': 'title',
          },
          'x-ms-dynamic-list': {
            operationId: 'ListTasks',
            parameters: { status: { parameterReference: 'body/title' } },
            itemValuePath: 'id',
            itemTitlePath: 'title',
          },
        };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
