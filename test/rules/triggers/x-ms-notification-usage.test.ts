import { lintRule, SEVERITY } from '../../helpers/lint';
import { pollingOp, webhookOp, withPolling, withWebhook } from '../../helpers/triggers';
import { applyEdits } from '../../../src/examples';
import { ruleScenarios, documented } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-x-ms-notification-usage checks where x-ms-notification sits and what it points to', async () => {
    const doc = withWebhook(withPolling());
    pollingOp(doc)['x-ms-notification'] = { operationId: 'OnTaskCreated' };
    expect(await lintRule('ppc-x-ms-notification-usage', doc)).toEqual([]);
    pollingOp(doc)['x-ms-notification'] = { operationId: 'ListTasks', extra: 1 };
    webhookOp(doc)['x-ms-notification'] = { operationId: 'OnTaskCreated' };
    doc.paths['/tasks'].post['x-ms-notification'] = 'OnTaskCreated';
    const text = (await lintRule('ppc-x-ms-notification-usage', doc)).map((r) => r.message).join('\n');
    expect(text).toContain('points to "ListTasks", which is not a webhook operation');
    expect(text).toContain('has the unknown key "extra"');
    expect(text).toContain('is on the webhook operation "OnTaskCreated"');
    expect(text).toContain('x-ms-notification of "CreateTask" is OnTaskCreated, not an object');
    const [d] = await lintRule('ppc-x-ms-notification-usage', doc);
    expect(d.severity).toBe(SEVERITY.error);
  });
});

describe('ppc-x-ms-notification-usage scenarios', () => {
  ruleScenarios('ppc-x-ms-notification-usage', [
    {
      name: 'On an action.',
      edit: (doc) => {
        doc.paths['/tasks'].post['x-ms-notification'] = { operationId: 'OnTaskCreated' };
        doc.paths['/hooks'] = {
          'x-ms-notification-content': {
            description: 'The task that was created.',
            schema: { $ref: '#/definitions/Task' },
          },
          post: {
            operationId: 'OnTaskCreated',
            summary: 'When a task is created',
            description: 'This operation triggers when a task is created.',
            'x-ms-trigger': 'single',
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
          path: ['paths', '/tasks', 'post', 'x-ms-notification'],
          line: { containing: '"x-ms-notification": {' },
          message:
            'x-ms-notification is on "CreateTask", which is not a trigger (NotificationExtensionSupportedForTriggerOnly)',
        },
      ],
    },
    {
      name: 'Pointing at an operation that is not a webhook.',
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
            'x-ms-notification': { operationId: 'ListTasks' },
          },
        };
      },
      expect: [
        {
          path: ['paths', '/tasks/trigger', 'get', 'x-ms-notification', 'operationId'],
          line: 180,
          message:
            'x-ms-notification of "OnNewTasks" points to "ListTasks", which is not a webhook operation (NotificationOperationMustBeWebhook)',
        },
      ],
    },
    {
      name: 'A polling trigger pointing at its webhook counterpart.',
      edit: (doc) => applyEdits(doc, documented('ppc-x-ms-notification-usage', 'valid', 0).edits ?? []),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
