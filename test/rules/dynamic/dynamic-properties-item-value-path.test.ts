import { dynamicFields } from '../../../src/rules/dynamic/example-edits';
import type { ExampleEdit } from '../../../src/types';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

const edited = (edits: ExampleEdit[]): Record<string, any> => editedSwagger(edits) as Record<string, any>;
const properties = {
  operationId: 'GetTaskSchema',
  parameters: { kind: { parameterReference: 'kind' } },
  itemValuePath: 'schema',
};

describe('dynamic extension rules', () => {
  it('ppc-dynamic-properties-item-value-path compares the two paths', async () => {
    const doc = edited(
      dynamicFields(
        { 'value-path': 'schema/properties' },
        { 'x-ms-dynamic-properties': { ...properties, itemValuePath: 'result' } },
      ),
    );
    const [d] = await lintRule('ppc-dynamic-properties-item-value-path', doc);
    expect(d).toMatchObject({
      severity: SEVERITY.error,
      path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-properties', 'itemValuePath'],
    });
    expect(d.message).toContain(
      'x-ms-dynamic-properties.itemValuePath is "result" but x-ms-dynamic-schema.value-path "schema/properties" calls for "schema"',
    );
    const root = edited(
      dynamicFields({ 'value-path': 'properties' }, { 'x-ms-dynamic-properties': { operationId: 'GetTaskSchema' } }),
    );
    expect(await lintRule('ppc-dynamic-properties-item-value-path', root)).toEqual([]);
  });
});

describe('ppc-dynamic-properties-item-value-path scenarios', () => {
  ruleScenarios('ppc-dynamic-properties-item-value-path', [
    {
      name: '"schema/properties" vs "result".',
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
            'value-path': 'schema/properties',
          },
          'x-ms-dynamic-properties': {
            operationId: 'GetTaskSchema',
            parameters: { kind: { parameterReference: 'kind' } },
            itemValuePath: 'result',
          },
        };
      },
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-properties', 'itemValuePath'],
          line: { containing: '"itemValuePath": "result"' },
          message:
            'x-ms-dynamic-properties.itemValuePath is "result" but x-ms-dynamic-schema.value-path "schema/properties" calls for "schema"',
        },
      ],
    },
    {
      name: '"schema/properties" vs "schema".',
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
            'value-path': 'schema/properties',
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
