import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-dynamic-list-required', () => {
  ruleScenarios('ppc-dynamic-list-required', [
    {
      name: 'A reference to the body property "title" without x-ms-dynamic-list.',
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
        };
      },
      expect: [
        {
          path: [
            'definitions',
            'NewTask',
            'properties',
            'parent',
            'x-ms-dynamic-values',
            'parameters',
            'status',
            'parameter',
          ],
          line: { containing: '"parameter": "title"' },
          message: 'x-ms-dynamic-values refers to "title", a body property rather than a parameter of "CreateTask"',
        },
      ],
    },
    {
      name: 'The same reference with x-ms-dynamic-list.',
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
