import { lintRule, SEVERITY } from '../../helpers/lint';
import { withWebhook } from '../../helpers/triggers';
import { ruleScenarios } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-webhook-delete-operation wants a DELETE somewhere in the definition', async () => {
    const doc = withWebhook();
    delete doc.paths['/hooks/{hookId}'];
    expect(await lintRule('ppc-webhook-delete-operation', doc)).toEqual([]); // DeleteTask exists
    delete doc.paths['/tasks/{taskId}'].delete;
    const [d] = await lintRule('ppc-webhook-delete-operation', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/hooks', 'post'] });
    expect(d.message).toContain('Webhook trigger "OnTaskCreated" has no DELETE operation');
  });
});

describe('ppc-webhook-delete-operation scenarios', () => {
  ruleScenarios('ppc-webhook-delete-operation', [
    {
      name: 'A webhook trigger and no DELETE anywhere.',
      edit: (doc) => {
        delete doc.paths['/tasks/{taskId}'].delete;
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
      },
      expect: [
        {
          path: ['paths', '/hooks', 'post'],
          line: 121,
          message: 'Webhook trigger "OnTaskCreated" has no DELETE operation to remove the subscription',
        },
      ],
    },
    {
      name: 'An internal DELETE on a sub-path.',
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
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
