import { ruleScenarios } from '../../helpers/scenarios';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { callbackProperty, withWebhook } from '../../helpers/triggers';

describe('ppc-x-ms-notification-url', () => {
  ruleScenarios('ppc-x-ms-notification-url', [
    {
      name: 'The string "true".',
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
                      'x-ms-notification-url': 'true',
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
          path: [
            'paths',
            '/hooks',
            'post',
            'parameters',
            '0',
            'schema',
            'properties',
            'callbackUrl',
            'x-ms-notification-url',
          ],
          line: { containing: '"x-ms-notification-url": "true",' },
          message: 'x-ms-notification-url is the string "true"',
        },
      ],
    },
    {
      name: 'The boolean true.',
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

describe('ppc-x-ms-notification-url, further cases', () => {
  it('ppc-x-ms-notification-url wants a boolean', async () => {
    const doc = withWebhook();
    callbackProperty(doc)['x-ms-notification-url'] = 'true';
    const [d] = await lintRule('ppc-x-ms-notification-url', doc);
    expect(d).toMatchObject({
      severity: SEVERITY.error,
      path: [
        'paths',
        '/hooks',
        'post',
        'parameters',
        '0',
        'schema',
        'properties',
        'callbackUrl',
        'x-ms-notification-url',
      ],
    });
    expect(d.message).toContain('is the string "true"');
  });
});
