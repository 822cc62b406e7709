import { ruleScenarios } from '../../helpers/scenarios';
import { parentPicker, taskPicker, treePicker } from '../../../src/rules/dynamic/example-edits';
import type { ExampleEdit } from '../../../src/types';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';

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

describe('ppc-dynamic-parameter-references, further cases', () => {
  const edited = (edits: ExampleEdit[]): Record<string, any> => editedSwagger(edits) as Record<string, any>;
  it('ppc-dynamic-parameter-references checks both ends of each call', async () => {
    const target = edited(taskPicker({ parameters: { state: 'open' } }));
    const [t] = await lintRule('ppc-dynamic-parameter-references', target);
    expect(t).toMatchObject({
      severity: SEVERITY.error,
      path: ['parameters', 'TaskId', 'x-ms-dynamic-values', 'parameters', 'state'],
    });
    expect(t.message).toContain(
      'x-ms-dynamic-values passes "state", which is not a parameter of the called operation "ListTasks"',
    );
    const caller = edited(taskPicker({ parameters: { status: { parameter: 'owner' } } }));
    const callerResults = await lintRule('ppc-dynamic-parameter-references', caller);
    expect(callerResults.map((r) => r.message)).toEqual([
      expect.stringContaining('refers to "owner", which is neither a parameter nor a body property of "GetTask"'),
      expect.stringContaining('refers to "owner", which is neither a parameter nor a body property of "DeleteTask"'),
    ]);
    expect(callerResults[0].path).toEqual([
      'parameters',
      'TaskId',
      'x-ms-dynamic-values',
      'parameters',
      'status',
      'parameter',
    ]);
    const reference = edited([
      ...parentPicker(true),
      {
        op: 'set',
        path: '/definitions/NewTask/properties/parent/x-ms-dynamic-list/parameters/status/parameterReference',
        value: 'body/name',
      },
    ]);
    expect(await messages('ppc-dynamic-parameter-references', reference)).toEqual([
      expect.stringContaining(
        'x-ms-dynamic-list parameterReference "body/name" names the property "name", which the body schema of parameter "body" does not have of "CreateTask"',
      ),
    ]);
    const unknown = edited(taskPicker({ operationId: 'NoSuchOperation', parameters: { anything: 'x' } }));
    expect(await lintRule('ppc-dynamic-parameter-references', unknown)).toEqual([]);
    const tree = edited(
      treePicker({ browse: { operationId: 'ListTasks', parameters: { folder: { selectedItemValuePath: 'id' } } } }),
    );
    expect(await messages('ppc-dynamic-parameter-references', tree)).toEqual([
      expect.stringContaining('x-ms-dynamic-tree.browse passes "folder"'),
    ]);
  });
});
