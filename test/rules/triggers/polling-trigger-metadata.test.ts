import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages, pollingOp, withPolling } from '../../helpers/triggers';
import { ruleScenarios } from '../../helpers/scenarios';

describe('trigger rules', () => {
  it('ppc-polling-trigger-metadata wants { kind: query, mode: polling }', async () => {
    expect(await lintRule('ppc-polling-trigger-metadata', withPolling())).toEqual([]);
    const doc = withPolling();
    pollingOp(doc)['x-ms-trigger-metadata'] = { kind: 'Query' };
    const results = await lintRule('ppc-polling-trigger-metadata', doc);
    expect(results.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        ['paths', '/tasks/trigger', 'get', 'x-ms-trigger-metadata', 'kind'],
        ['paths', '/tasks/trigger', 'get', 'x-ms-trigger-metadata'],
      ]),
    );
    expect(results).toHaveLength(2);
    expect(results[0].severity).toBe(SEVERITY.error);
    expect(results.map((r) => r.message).join('\n')).toContain('has "kind": "Query" (expected "query")');
    expect(results.map((r) => r.message).join('\n')).toContain('has no "mode"');
    pollingOp(doc)['x-ms-trigger-metadata'] = 'polling';
    expect(await messages('ppc-polling-trigger-metadata', doc)).toEqual([
      expect.stringContaining('is polling, not an object'),
    ]);
  });
});

describe('ppc-polling-trigger-metadata scenarios', () => {
  ruleScenarios('ppc-polling-trigger-metadata', [
    {
      name: 'A missing "mode".',
      edit: (doc) => {
        doc.paths['/tasks/trigger'] = {
          get: {
            operationId: 'OnNewTasks',
            summary: 'When tasks are added',
            description: 'This operation triggers when new tasks are added.',
            'x-ms-trigger': 'batch',
            'x-ms-trigger-metadata': { kind: 'query' },
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
          path: ['paths', '/tasks/trigger', 'get', 'x-ms-trigger-metadata'],
          line: { containing: '"x-ms-trigger-metadata": {' },
          message: 'x-ms-trigger-metadata has no "mode" (expected "polling")',
        },
      ],
    },
    {
      name: 'A wrong "kind".',
      edit: (doc) => {
        doc.paths['/tasks/trigger'] = {
          get: {
            operationId: 'OnNewTasks',
            summary: 'When tasks are added',
            description: 'This operation triggers when new tasks are added.',
            'x-ms-trigger': 'batch',
            'x-ms-trigger-metadata': { kind: 'webhook', mode: 'polling' },
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
          path: ['paths', '/tasks/trigger', 'get', 'x-ms-trigger-metadata', 'kind'],
          line: { containing: '"kind": "webhook",' },
          message: 'x-ms-trigger-metadata has "kind": "webhook" (expected "query")',
        },
      ],
    },
    {
      name: 'Both keys with their only values.',
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
