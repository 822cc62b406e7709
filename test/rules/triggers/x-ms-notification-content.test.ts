import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages, withWebhook } from '../../helpers/triggers';
import { ruleScenarios } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-x-ms-notification-content checks the shape wherever it is', async () => {
    const doc = withWebhook();
    doc.paths['/hooks']['x-ms-notification-content'] = { $ref: '#/definitions/Task' };
    const [d] = await lintRule('ppc-x-ms-notification-content', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/hooks', 'x-ms-notification-content'] });
    expect(d.message).toContain('x-ms-notification-content has no "schema"');
    doc.paths['/hooks']['x-ms-notification-content'] = { schema: 'Task', description: 5 };
    const text = (await messages('ppc-x-ms-notification-content', doc)).join('\n');
    expect(text).toContain('has a "schema" that is not an object (Task)');
    expect(text).toContain('has a "description" that is not a string (5)');
    doc.paths['/hooks']['x-ms-notification-content'] = null;
    expect(await messages('ppc-x-ms-notification-content', doc)).toEqual([
      expect.stringContaining('is null, not an object'),
    ]);
  });
});

describe('ppc-x-ms-notification-content scenarios', () => {
  ruleScenarios('ppc-x-ms-notification-content', [
    {
      name: 'A schema given directly instead of under "schema".',
      edit: (doc) => {
        doc.paths['/hooks'] = {
          'x-ms-notification-content': { $ref: '#/definitions/Task' },
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
          path: ['paths', '/hooks', 'x-ms-notification-content'],
          line: { containing: '"x-ms-notification-content": {' },
          message: 'x-ms-notification-content has no "schema"',
        },
      ],
    },
    {
      name: 'A description and a schema.',
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
