import { lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { lineAfter, pollingOp, withPolling } from '../../helpers/triggers';
import { ruleScenarios } from '../../helpers/scenarios';

describe('trigger rules', () => {
  it('ppc-trigger-summary-pattern wants "When …" on visible triggers only', async () => {
    const doc = withPolling();
    pollingOp(doc).summary = 'New tasks';
    const [d] = await lintRule('ppc-trigger-summary-pattern', doc);
    expect(d).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks/trigger', 'get', 'summary'] });
    expect(d.message).toContain('"New tasks" does not start with "When"');
    expect(lineOf(d)).toBe(lineAfter(doc, '"/tasks/trigger"', '"summary": "New tasks"'));
    pollingOp(doc).deprecated = true;
    expect(await lintRule('ppc-trigger-summary-pattern', doc)).toEqual([]);
    delete pollingOp(doc).deprecated;
    pollingOp(doc)['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-trigger-summary-pattern', doc)).toEqual([]);
    // Actions are not triggers.
    expect(await lintRule('ppc-trigger-summary-pattern', validSwagger())).toEqual([]);
  });
});

describe('ppc-trigger-summary-pattern scenarios', () => {
  ruleScenarios('ppc-trigger-summary-pattern', [
    {
      name: 'A noun phrase.',
      edit: (doc) => {
        doc.paths['/tasks/trigger'] = {
          get: {
            operationId: 'OnNewTasks',
            summary: 'New tasks',
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
      expect: [
        {
          path: ['paths', '/tasks/trigger', 'get', 'summary'],
          line: { containing: '"summary": "New tasks",' },
          message: 'Trigger summary "New tasks" does not start with "When"',
        },
      ],
    },
    {
      name: '"When tasks are added".',
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
