import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages, pollingOp, withPolling, withWebhook } from '../../helpers/triggers';
import { ruleScenarios } from '../../helpers/scenarios';

describe('trigger rules', () => {
  it('ppc-trigger-batch-array wants an array from batch triggers', async () => {
    const doc = withPolling();
    pollingOp(doc).responses['200'].schema = { $ref: '#/definitions/Task' };
    const [d] = await lintRule('ppc-trigger-batch-array', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['definitions', 'Task'] });
    expect(d.message).toContain('"OnNewTasks" is a batch trigger but its data schema has no array');
    // An object with an array property is fine; so is an untyped schema (nothing to tell).
    pollingOp(doc).responses['200'].schema = {
      type: 'object',
      properties: { value: { type: 'array', items: { type: 'string' } } },
    };
    expect(await lintRule('ppc-trigger-batch-array', doc)).toEqual([]);
    pollingOp(doc).responses['200'].schema = { type: 'object' };
    expect(await lintRule('ppc-trigger-batch-array', doc)).toEqual([]);
    // A batch webhook is judged by its notification content.
    const hook = withWebhook();
    hook.paths['/hooks'].post['x-ms-trigger'] = 'batch';
    expect(await messages('ppc-trigger-batch-array', hook)).toEqual([
      expect.stringContaining('"OnTaskCreated" is a batch trigger'),
    ]);
    hook.paths['/hooks']['x-ms-notification-content'].schema = { type: 'array', items: { $ref: '#/definitions/Task' } };
    expect(await lintRule('ppc-trigger-batch-array', hook)).toEqual([]);
  });
});

describe('ppc-trigger-batch-array scenarios', () => {
  ruleScenarios('ppc-trigger-batch-array', [
    {
      name: 'A batch polling trigger that returns one task.',
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
              '200': { description: 'The new tasks.', schema: { $ref: '#/definitions/Task' } },
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
          path: ['definitions', 'Task'],
          line: { containing: '"Task": {' },
          message: '"OnNewTasks" is a batch trigger but its data schema has no array',
        },
      ],
    },
    {
      name: 'A batch webhook whose notification is one task.',
      edit: (doc) => {
        doc.paths['/hooks'] = {
          'x-ms-notification-content': {
            description: 'The task that was created.',
            schema: { $ref: '#/definitions/Task' },
          },
          post: {
            operationId: 'OnTaskCreated',
            summary: 'When a task is created',
            description: 'This operation triggers when a task is created.',
            'x-ms-trigger': 'batch',
            'x-ms-trigger-hint': 'To see it work, create a task.',
            parameters: [
              {
                name: 'body',
                in: 'body',
                required: true,
                'x-ms-summary': 'Subscription',
                description: 'The webhook subscription.',
                schema: {
                  type: 'object',
                  required: ['callbackUrl'],
                  properties: {
                    callbackUrl: {
                      type: 'string',
                      'x-ms-notification-url': true,
                      'x-ms-visibility': 'internal',
                      'x-ms-summary': 'Callback URL',
                      description: 'The URL the service posts events to.',
                    },
                  },
                },
              },
            ],
            responses: {
              '201': {
                description: 'The subscription was created.',
                headers: { Location: { type: 'string', description: 'The URL of the subscription.' } },
              },
            },
          },
        };
        doc.paths['/hooks/{hookId}'] = {
          delete: {
            operationId: 'DeleteHook',
            summary: 'Delete a webhook',
            description: 'Removes the webhook subscription.',
            'x-ms-visibility': 'internal',
            parameters: [
              {
                name: 'hookId',
                in: 'path',
                required: true,
                type: 'string',
                'x-ms-summary': 'Hook ID',
                description: 'The subscription identifier.',
                'x-ms-url-encoding': 'single',
              },
            ],
            responses: { '204': { description: 'The webhook was removed.' } },
          },
        };
      },
      expect: [
        {
          path: ['definitions', 'Task'],
          line: { containing: '"Task": {' },
          message: '"OnTaskCreated" is a batch trigger but its data schema has no array',
        },
      ],
    },
    {
      name: 'A batch polling trigger that returns an array of tasks.',
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
