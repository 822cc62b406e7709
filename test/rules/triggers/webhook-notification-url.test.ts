import { lineOf, lintRule, SEVERITY } from '../../helpers/lint';
import { callbackProperty, lineAfter, webhookBody, withWebhook } from '../../helpers/triggers';
import { ruleScenarios } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-webhook-notification-url wants exactly one callback property', async () => {
    const doc = withWebhook();
    delete callbackProperty(doc)['x-ms-notification-url'];
    const [d, ...rest] = await lintRule('ppc-webhook-notification-url', doc);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'ppc-webhook-notification-url',
      severity: SEVERITY.error,
      path: ['paths', '/hooks', 'post'],
    });
    expect(d.message).toContain(
      'Webhook trigger "OnTaskCreated" has x-ms-notification-content but no request property marked',
    );
    expect(lineOf(d)).toBe(lineAfter(doc, '"/hooks": {', '"post"'));

    const two = withWebhook();
    webhookBody(two).schema.properties.other = {
      type: 'string',
      'x-ms-notification-url': true,
      'x-ms-visibility': 'internal',
    };
    const [t] = await lintRule('ppc-webhook-notification-url', two);
    expect(t.message).toContain('has 2 properties marked');
    expect(t.path).toEqual(['paths', '/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'other']);
  });
});

describe('ppc-webhook-notification-url scenarios', () => {
  ruleScenarios('ppc-webhook-notification-url', [
    {
      name: 'A webhook trigger whose callback property lost its marker.',
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
          path: ['paths', '/hooks', 'post'],
          line: 140,
          message:
            'Webhook trigger "OnTaskCreated" has x-ms-notification-content but no request property marked "x-ms-notification-url": true',
        },
      ],
    },
    {
      name: 'Two callback properties.',
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
                    otherUrl: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' },
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
          path: ['paths', '/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'otherUrl'],
          line: { containing: '"otherUrl": {' },
          message: 'Webhook operation "OnTaskCreated" has 2 properties marked "x-ms-notification-url": true',
        },
      ],
    },
    {
      name: 'One internal, required callback property.',
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

describe('ppc-webhook-notification-url, further cases', () => {
  it('ppc-x-ms-notification-url wants a boolean', async () => {
    const doc = withWebhook();
    callbackProperty(doc)['x-ms-notification-url'] = 'true';
    expect(await lintRule('ppc-webhook-notification-url', doc)).toEqual([]);
  });
});
