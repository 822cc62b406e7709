import { ruleScenarios } from '../../helpers/scenarios';
import { dynamicFields } from '../../../src/rules/dynamic/example-edits';
import type { ExampleEdit } from '../../../src/types';
import { editedSwagger } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';

describe('ppc-x-ms-dynamic-properties', () => {
  ruleScenarios('ppc-x-ms-dynamic-properties', [
    {
      name: 'A parameter with both a value and a reference.',
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
          'x-ms-dynamic-properties': {
            operationId: 'GetTaskSchema',
            parameters: { kind: { value: 'bug', parameterReference: 'kind' } },
            itemValuePath: 'schema',
          },
        };
      },
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-properties', 'parameters', 'kind'],
          line: 208,
          message: 'x-ms-dynamic-properties parameter "kind" has "value", "parameterReference"',
        },
      ],
    },
    {
      name: 'Properties fetched from GetTaskSchema.',
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
          'x-ms-dynamic-properties': {
            operationId: 'GetTaskSchema',
            parameters: { kind: { parameterReference: 'kind' } },
            itemValuePath: 'schema',
          },
        };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-x-ms-dynamic-properties, further cases', () => {
  const edited = (edits: ExampleEdit[]): Record<string, any> => editedSwagger(edits) as Record<string, any>;
  const properties = {
    operationId: 'GetTaskSchema',
    parameters: { kind: { parameterReference: 'kind' } },
    itemValuePath: 'schema',
  };
  it('ppc-x-ms-dynamic-list, -schema and -properties check their shapes', async () => {
    const props = edited(
      dynamicFields(
        {},
        {
          'x-ms-dynamic-properties': {
            ...properties,
            parameters: { kind: { value: 'bug', parameterReference: 'kind' } },
            itemValuePath: 7,
          },
        },
      ),
    );
    const propsText = (await messages('ppc-x-ms-dynamic-properties', props)).join('\n');
    expect(propsText).toContain('parameter "kind" has "value", "parameterReference"; it needs exactly one');
    expect(propsText).toContain('"itemValuePath" that is not a string (7)');
  });
});
