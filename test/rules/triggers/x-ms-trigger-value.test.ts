import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { messages, pollingOp, withPolling } from '../../helpers/triggers';
import { ruleScenarios } from '../../helpers/scenarios';

describe('trigger rules', () => {
  it('ppc-x-ms-trigger-value checks shape and position', async () => {
    const doc = withPolling();
    pollingOp(doc).parameters[0]['x-ms-trigger-value'] = { 'value-collection': 'value', 'value-path': 'id' };
    expect(await lintRule('ppc-x-ms-trigger-value', doc)).toEqual([]);
    pollingOp(doc).parameters[0]['x-ms-trigger-value'] = { 'value-path': 3, other: 'x' };
    const results = await lintRule('ppc-x-ms-trigger-value', doc);
    expect(results.map((r) => r.message).join('\n')).toContain('"value-path" that is not a string');
    expect(results.map((r) => r.message).join('\n')).toContain('unknown key "other"');
    expect(results[0].severity).toBe(SEVERITY.error);
    pollingOp(doc).parameters[0]['x-ms-trigger-value'] = {};
    expect(await messages('ppc-x-ms-trigger-value', doc)).toEqual([
      expect.stringContaining('has neither "value-collection" nor "value-path"'),
    ]);
    const body = validSwagger();
    body.paths['/tasks'].post.parameters[0]['x-ms-trigger-value'] = { 'value-path': 'id' };
    expect(await messages('ppc-x-ms-trigger-value', body)).toEqual([expect.stringContaining('is on a body parameter')]);
  });
});

describe('ppc-x-ms-trigger-value scenarios', () => {
  ruleScenarios('ppc-x-ms-trigger-value', [
    {
      name: 'A bare string.',
      edit: (doc) => {
        doc.paths['/tasks/trigger'] = {
          get: {
            operationId: 'OnNewTasks',
            summary: 'When tasks are added',
            description: 'This operation triggers when new tasks are added.',
            'x-ms-trigger': 'batch',
            'x-ms-trigger-metadata': { kind: 'query', mode: 'polling' },
            'x-ms-trigger-hint': 'To see it work, add a task.',
            parameters: [
              {
                name: 'since',
                in: 'query',
                required: false,
                type: 'string',
                'x-ms-visibility': 'internal',
                'x-ms-summary': 'Since',
                description: 'The polling state: only tasks added after this time.',
                'x-ms-trigger-value': 'id',
              },
            ],
            responses: {
              '200': {
                description: 'The new tasks.',
                schema: { type: 'array', items: { $ref: '#/definitions/Task' } },
              },
              '202': {
                description: 'No new tasks yet.',
                headers: {
                  Location: { type: 'string', description: 'The URL to poll next.' },
                  'Retry-After': { type: 'integer', description: 'Seconds to wait before polling again.' },
                },
              },
            },
          },
        };
      },
      expect: [
        {
          path: ['paths', '/tasks/trigger', 'get', 'parameters', '0', 'x-ms-trigger-value'],
          line: { containing: '"x-ms-trigger-value": "id"' },
          message: 'x-ms-trigger-value is id, not an object',
        },
      ],
    },
    {
      name: 'Collection and path.',
      edit: (doc) => {
        doc.paths['/tasks/trigger'] = {
          get: {
            operationId: 'OnNewTasks',
            summary: 'When tasks are added',
            description: 'This operation triggers when new tasks are added.',
            'x-ms-trigger': 'batch',
            'x-ms-trigger-metadata': { kind: 'query', mode: 'polling' },
            'x-ms-trigger-hint': 'To see it work, add a task.',
            parameters: [
              {
                name: 'since',
                in: 'query',
                required: false,
                type: 'string',
                'x-ms-visibility': 'internal',
                'x-ms-summary': 'Since',
                description: 'The polling state: only tasks added after this time.',
                'x-ms-trigger-value': { 'value-collection': 'value', 'value-path': 'id' },
              },
            ],
            responses: {
              '200': {
                description: 'The new tasks.',
                schema: { type: 'array', items: { $ref: '#/definitions/Task' } },
              },
              '202': {
                description: 'No new tasks yet.',
                headers: {
                  Location: { type: 'string', description: 'The URL to poll next.' },
                  'Retry-After': { type: 'integer', description: 'Seconds to wait before polling again.' },
                },
              },
            },
          },
        };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
