import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages, pollingOp, withPolling, withWebhook } from '../../helpers/triggers';
import { ruleScenarios } from '../../helpers/scenarios';

describe('trigger rules', () => {
  it('ppc-polling-trigger-contract asks for 202 with Location and Retry-After', async () => {
    expect(await lintRule('ppc-polling-trigger-contract', withPolling())).toEqual([]);
    const doc = withPolling();
    delete pollingOp(doc).responses['202'].headers['Retry-After'];
    const [d] = await lintRule('ppc-polling-trigger-contract', doc);
    expect(d).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks/trigger', 'get', 'responses', '202'] });
    expect(d.message).toContain('declares no Retry-After header on its 202 response');
    delete pollingOp(doc).responses['202'];
    expect(await messages('ppc-polling-trigger-contract', doc)).toEqual([
      expect.stringContaining('declares no 202 response'),
    ]);
    // Webhooks are not polling triggers.
    expect(await lintRule('ppc-polling-trigger-contract', withWebhook())).toEqual([]);
  });
});

describe('ppc-polling-trigger-contract scenarios', () => {
  ruleScenarios('ppc-polling-trigger-contract', [
    {
      name: 'A polling trigger with only a 200 response.',
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
            },
          },
        };
      },
      expect: [
        {
          path: ['paths', '/tasks/trigger', 'get', 'responses'],
          line: 155,
          message: 'Polling trigger "OnNewTasks" declares no 202 response',
        },
      ],
    },
    {
      name: '200 and 202 with Location and Retry-After.',
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
