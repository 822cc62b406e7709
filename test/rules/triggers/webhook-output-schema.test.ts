import { lintRule, SEVERITY } from '../../helpers/lint';
import { withWebhook } from '../../helpers/triggers';
import { ruleScenarios } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-webhook-output-schema wants a non-empty notification schema', async () => {
    const doc = withWebhook();
    doc.paths['/hooks']['x-ms-notification-content'].schema = {};
    const [d] = await lintRule('ppc-webhook-output-schema', doc);
    expect(d).toMatchObject({
      severity: SEVERITY.warn,
      path: ['paths', '/hooks', 'x-ms-notification-content', 'schema'],
    });
    expect(d.message).toContain('"OnTaskCreated" has an empty x-ms-notification-content schema');
    doc.definitions.Empty = {};
    doc.paths['/hooks']['x-ms-notification-content'].schema = { $ref: '#/definitions/Empty' };
    expect((await lintRule('ppc-webhook-output-schema', doc))[0].path).toEqual(['definitions', 'Empty']);
    doc.paths['/hooks']['x-ms-notification-content'].schema = { $ref: '#/definitions/Missing' };
    expect(await lintRule('ppc-webhook-output-schema', doc)).toEqual([]);
  });
});

describe('ppc-webhook-output-schema scenarios', () => {
  ruleScenarios('ppc-webhook-output-schema', [
    {
      name: 'An empty notification schema.',
      edit: (doc) => {
        doc.paths['/hooks'] = {
          'x-ms-notification-content': { description: 'The task that was created.', schema: {} },
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
          path: ['paths', '/hooks', 'x-ms-notification-content', 'schema'],
          line: { containing: '"schema": {}' },
          message: 'Webhook trigger "OnTaskCreated" has an empty x-ms-notification-content schema',
        },
      ],
    },
    {
      name: 'The notification schema refers to a definition.',
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
