import { ruleScenarios } from '../../helpers/scenarios';
import { dynamicFields } from '../../../src/rules/dynamic/example-edits';
import type { ExampleEdit } from '../../../src/types';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';

describe('ppc-dynamic-properties-required', () => {
  ruleScenarios('ppc-dynamic-properties-required', [
    {
      name: 'A value-path into "properties" without x-ms-dynamic-properties.',
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
        };
      },
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-schema', 'value-path'],
          line: { containing: '"value-path": "schema/properties"' },
          message:
            'x-ms-dynamic-schema has "value-path": "schema/properties", which points into "properties" (DynamicPropertiesExtensionRequiredForPropertiesValuePath)',
        },
      ],
    },
    {
      name: 'A reference to the body property "title".',
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
            parameters: { kind: { parameter: 'title' } },
            'value-path': 'schema',
          },
        };
      },
      expect: [
        {
          path: [
            'definitions',
            'NewTask',
            'properties',
            'fields',
            'x-ms-dynamic-schema',
            'parameters',
            'kind',
            'parameter',
          ],
          line: { containing: '"parameter": "title"' },
          message:
            'x-ms-dynamic-schema refers to "title", a body property rather than a parameter of "CreateTask" (DynamicPropertiesExtensionRequiredForNonParameterReferences)',
        },
      ],
    },
    {
      name: 'x-ms-dynamic-properties beside the value-path into "properties".',
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

describe('ppc-dynamic-properties-required, further cases', () => {
  const edited = (edits: ExampleEdit[]): Record<string, any> => editedSwagger(edits) as Record<string, any>;
  it('ppc-dynamic-list-required and ppc-dynamic-properties-required flag body-property references', async () => {
    const schema = edited(dynamicFields({ parameters: { kind: { parameter: 'title' } } }));
    expect(await messages('ppc-dynamic-properties-required', schema)).toEqual([
      expect.stringContaining('refers to "title", a body property rather than a parameter of "CreateTask"'),
    ]);
    const intoProperties = edited(dynamicFields({ 'value-path': 'schema/properties' }));
    const [p] = await lintRule('ppc-dynamic-properties-required', intoProperties);
    expect(p).toMatchObject({
      severity: SEVERITY.error,
      path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-schema', 'value-path'],
    });
    expect(p.message).toContain('"value-path": "schema/properties", which points into "properties"');
    const ambiguous = edited([
      ...dynamicFields(),
      { op: 'set', path: '/paths/~1tasks/post/parameters/2', value: { name: 'kind', in: 'header', type: 'string' } },
    ]);
    expect(await messages('ppc-dynamic-properties-required', ambiguous)).toEqual([
      expect.stringContaining('which names 2 parameters of "CreateTask"'),
    ]);
  });
});
