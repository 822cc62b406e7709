import { ruleScenarios } from '../../helpers/scenarios';
import { dynamicFields } from '../../../src/rules/dynamic/example-edits';
import type { ExampleEdit } from '../../../src/types';
import { editedSwagger } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';

describe('ppc-x-ms-dynamic-schema', () => {
  ruleScenarios('ppc-x-ms-dynamic-schema', [
    {
      name: 'Only an operation name.',
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
          'x-ms-dynamic-schema': 'GetTaskSchema',
        };
      },
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-schema'],
          line: { containing: '"x-ms-dynamic-schema": "GetTaskSchema"' },
          message: 'x-ms-dynamic-schema is GetTaskSchema, not an object',
        },
      ],
    },
    {
      name: 'An unknown key.',
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
            'value-collection': 'schema',
          },
        };
      },
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-schema', 'value-collection'],
          line: { containing: '"value-collection": "schema"' },
          message: 'x-ms-dynamic-schema has the unknown key "value-collection"',
        },
      ],
    },
    {
      name: 'A schema fetched from GetTaskSchema.',
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
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-x-ms-dynamic-schema, further cases', () => {
  const edited = (edits: ExampleEdit[]): Record<string, any> => editedSwagger(edits) as Record<string, any>;
  it('ppc-x-ms-dynamic-list, -schema and -properties check their shapes', async () => {
    const schema = edited([
      ...dynamicFields(),
      { op: 'set', path: '/definitions/NewTask/properties/fields/x-ms-dynamic-schema', value: 'GetTaskSchema' },
    ]);
    expect(await messages('ppc-x-ms-dynamic-schema', schema)).toEqual([
      expect.stringContaining('x-ms-dynamic-schema is GetTaskSchema, not an object'),
    ]);
    const extra = edited(dynamicFields({ 'value-collection': 'schema', operationId: '' }));
    const extraText = (await messages('ppc-x-ms-dynamic-schema', extra)).join('\n');
    expect(extraText).toContain('has the unknown key "value-collection"');
    expect(extraText).toContain('"operationId" that is not a non-empty string');
  });
});
