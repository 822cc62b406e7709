import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-dynamic-parameter-references', () => {
  ruleScenarios('ppc-dynamic-parameter-references', [
    {
      name: 'Passing a parameter ListTasks does not have.',
      edit: (doc) => {
        doc.parameters.TaskId['x-ms-dynamic-values'] = {
          operationId: 'ListTasks',
          parameters: { state: 'open' },
          'value-path': 'id',
          'value-title': 'title',
        };
      },
      expect: [
        {
          path: ['parameters', 'TaskId', 'x-ms-dynamic-values', 'parameters', 'state'],
          line: { containing: '"state": "open"' },
          message: 'x-ms-dynamic-values passes "state", which is not a parameter of the called operation "ListTasks"',
        },
      ],
    },
    {
      name: 'Reading a parameter that DeleteTask (which shares the taskId parameter) does not have.',
      edit: (doc) => {
        doc.parameters.TaskId['x-ms-dynamic-values'] = {
          operationId: 'ListTasks',
          parameters: { status: { parameter: 'status' } },
          'value-path': 'id',
          'value-title': 'title',
        };
      },
      expect: [
        {
          path: ['parameters', 'TaskId', 'x-ms-dynamic-values', 'parameters', 'status', 'parameter'],
          line: { containing: '"parameter": "status"' },
          message:
            'x-ms-dynamic-values refers to "status", which is neither a parameter nor a body property of "GetTask"',
        },
        {
          path: ['parameters', 'TaskId', 'x-ms-dynamic-values', 'parameters', 'status', 'parameter'],
          line: { containing: '"parameter": "status"' },
          message:
            'x-ms-dynamic-values refers to "status", which is neither a parameter nor a body property of "DeleteTask"',
        },
      ],
    },
    {
      name: 'A parameterReference into a body property that does not exist.',
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
            parameters: { status: { parameterReference: 'body/name' } },
            itemValuePath: 'id',
            itemTitlePath: 'title',
          },
        };
      },
      expect: [
        {
          path: [
            'definitions',
            'NewTask',
            'properties',
            'parent',
            'x-ms-dynamic-list',
            'parameters',
            'status',
            'parameterReference',
          ],
          line: { containing: '"parameterReference": "body/name"' },
          message:
            'x-ms-dynamic-list parameterReference "body/name" names the property "name", which the body schema of parameter "body" does not have of "CreateTask"',
        },
      ],
    },
    {
      name: 'A literal for a parameter ListTasks has.',
      edit: (doc) => {
        doc.parameters.TaskId['x-ms-dynamic-values'] = {
          operationId: 'ListTasks',
          parameters: { status: 'open' },
          'value-path': 'id',
          'value-title': 'title',
        };
      },
      expect: [],
    },
    {
      name: 'A parameter of the calling operation.',
      edit: (doc) => {
        doc.paths['/tasks'].post.parameters = [
          {
            name: 'body',
            in: 'body',
            required: true,
            'x-ms-summary': 'Task',
            description: 'The task to create.',
            schema: { $ref: '#/definitions/NewTask' },
          },
          {
            name: 'kind',
            in: 'query',
            type: 'string',
            required: true,
            'x-ms-summary': 'Kind',
            description: 'The task kind.',
          },
        ];
        doc.paths['/tasks/schema'] = {
          get: {
            operationId: 'GetTaskSchema',
            summary: 'Get the task schema',
            description: 'Gets the fields of a task kind.',
            'x-ms-visibility': 'internal',
            parameters: [
              {
                name: 'kind',
                in: 'query',
                type: 'string',
                required: true,
                'x-ms-summary': 'Kind',
                description: 'The task kind.',
              },
            ],
            responses: {
              '200': {
                description: 'The schema.',
                schema: { type: 'object', properties: { schema: { type: 'object', description: 'A JSON schema.' } } },
              },
            },
          },
        };
        doc.definitions.NewTask.properties.fields = {
          type: 'object',
          'x-ms-summary': 'Fields',
          description: 'The fields of the task kind.',
          'x-ms-dynamic-schema': {
            operationId: 'GetTaskSchema',
            parameters: { kind: { parameter: 'kind' } },
            'value-path': 'schema',
          },
        };
      },
      expect: [],
    },
    {
      name: 'A body property through x-ms-dynamic-list.',
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
