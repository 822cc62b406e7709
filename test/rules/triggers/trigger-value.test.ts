import { lineOf, lintRule, SEVERITY } from '../../helpers/lint';
import { lineAfter, messages, pollingOp, withPolling } from '../../helpers/triggers';
import { ruleScenarios } from '../../helpers/scenarios';

describe('trigger rules', () => {
  it('ppc-trigger-value accepts single and batch and names anything else', async () => {
    expect(await lintRule('ppc-trigger-value', withPolling())).toEqual([]);
    const doc = withPolling();
    pollingOp(doc)['x-ms-trigger'] = 'Batch';
    const [d, ...rest] = await lintRule('ppc-trigger-value', doc);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'ppc-trigger-value',
      severity: SEVERITY.error,
      path: ['paths', '/tasks/trigger', 'get', 'x-ms-trigger'],
    });
    expect(d.message).toContain('"Batch" (values are case-sensitive: use "batch")');
    expect(lineOf(d)).toBe(lineAfter(doc, '"/tasks/trigger"', '"x-ms-trigger": "Batch"'));

    pollingOp(doc)['x-ms-trigger'] = { kind: 'single' };
    expect(await messages('ppc-trigger-value', doc)).toEqual([
      expect.stringContaining('is {"kind":"single"}, not a string'),
    ]);
    pollingOp(doc)['x-ms-trigger'] = null;
    expect(await messages('ppc-trigger-value', doc)).toEqual([expect.stringContaining('is null')]);
  });
});

describe('ppc-trigger-value scenarios', () => {
  ruleScenarios('ppc-trigger-value', [
    {
      name: 'A trigger kind the platform does not know.',
      edit: (doc) => {
        doc.paths['/tasks/trigger'] = {
          get: {
            operationId: 'OnNewTasks',
            summary: 'When tasks are added',
            description: 'This operation triggers when new tasks are added.',
            'x-ms-trigger': 'polling',
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
          path: ['paths', '/tasks/trigger', 'get', 'x-ms-trigger'],
          line: { containing: '"x-ms-trigger": "polling",' },
          message: 'x-ms-trigger is "polling"',
        },
      ],
    },
    {
      name: 'Wrong case.',
      edit: (doc) => {
        doc.paths['/tasks/trigger'] = {
          get: {
            operationId: 'OnNewTasks',
            summary: 'When tasks are added',
            description: 'This operation triggers when new tasks are added.',
            'x-ms-trigger': 'Batch',
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
          path: ['paths', '/tasks/trigger', 'get', 'x-ms-trigger'],
          line: { containing: '"x-ms-trigger": "Batch",' },
          message: 'x-ms-trigger is "Batch" (values are case-sensitive: use "batch")',
        },
      ],
    },
    {
      name: 'A batch polling trigger.',
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
