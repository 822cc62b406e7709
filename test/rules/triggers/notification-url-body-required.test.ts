import { ruleScenarios } from '../../helpers/scenarios';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { callbackProperty, webhookBody, withWebhook } from '../../helpers/triggers';

describe('ppc-notification-url-body-required', () => {
  ruleScenarios('ppc-notification-url-body-required', [
    {
      name: 'An optional body parameter.',
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
                required: false,
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
          path: ['paths', '/hooks', 'post', 'parameters', '0', 'required'],
          line: 150,
          message:
            'The body parameter "body" of "OnTaskCreated", which holds notification URL "callbackUrl", is not "required": true',
        },
      ],
    },
    {
      name: 'A required body parameter.',
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

describe('ppc-notification-url-body-required, further cases', () => {
  it('ppc-notification-url-string, -internal and -required check the callback property', async () => {
    const doc = withWebhook();
    callbackProperty(doc).type = 'object';
    delete callbackProperty(doc).type;
    const visible = withWebhook();
    delete callbackProperty(visible)['x-ms-visibility'];
    webhookBody(visible).schema['x-ms-visibility'] = 'internal';
    const nested = withWebhook();
    webhookBody(nested).schema = {
      type: 'object',
      properties: {
        config: {
          type: 'object',
          required: ['callbackUrl'],
          properties: { callbackUrl: callbackProperty(withWebhook()) },
        },
      },
    };
    const optional = withWebhook();
    webhookBody(optional).required = false;
    const [b] = await lintRule('ppc-notification-url-body-required', optional);
    expect(b).toMatchObject({
      severity: SEVERITY.warn,
      path: ['paths', '/hooks', 'post', 'parameters', '0', 'required'],
    });
    expect(b.message).toContain(
      'The body parameter "body" of "OnTaskCreated", which holds notification URL "callbackUrl", is not "required": true',
    );
  });
});
