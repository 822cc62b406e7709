/**
 * Building blocks for the documented examples (and tests) of the trigger, dynamic and versioning rules: a
 * compliant webhook trigger and a compliant polling trigger that can be added to the valid example connector.
 * Each function returns a fresh object.
 */
import type { ExampleEdit } from '../../types';

/** JSON-pointer form of a `paths` key: `/hooks` → `/paths/~1hooks`. */
export function pathPointer(pathKey: string, ...rest: string[]): string {
  const escape = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');
  return ['', 'paths', escape(pathKey), ...rest.map(escape)].join('/');
}

/** Pointer into the webhook's callback URL property (`callbackUrl` of the registration body). */
export function callbackUrlPointer(...rest: string[]): string {
  return pathPointer('/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'callbackUrl', ...rest);
}

/** A compliant webhook registration (`POST /hooks`) with its path item's notification content. */
export function webhookPathItem(): Record<string, unknown> {
  return {
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
}

/** The internal DELETE that removes a webhook subscription (`DELETE /hooks/{hookId}`). */
export function webhookDeletePathItem(): Record<string, unknown> {
  return {
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
}

/** A compliant polling trigger (`GET /tasks/trigger`). */
export function pollingPathItem(): Record<string, unknown> {
  return {
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
        '200': { description: 'The new tasks.', schema: { type: 'array', items: { $ref: '#/definitions/Task' } } },
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
}

/** Edits that add the webhook trigger and its DELETE to the valid example connector. */
export function addWebhook(): ExampleEdit[] {
  return [
    { op: 'set', path: pathPointer('/hooks'), value: webhookPathItem() },
    { op: 'set', path: pathPointer('/hooks/{hookId}'), value: webhookDeletePathItem() },
  ];
}

/** Edits that add the polling trigger to the valid example connector. */
export function addPolling(): ExampleEdit[] {
  return [{ op: 'set', path: pathPointer('/tasks/trigger'), value: pollingPathItem() }];
}

/** Edits that add both triggers, the polling one naming the webhook in `x-ms-notification`. */
export function addLinkedTriggers(): ExampleEdit[] {
  return [
    ...addWebhook(),
    ...addPolling(),
    {
      op: 'set',
      path: pathPointer('/tasks/trigger', 'get', 'x-ms-notification'),
      value: { operationId: 'OnTaskCreated' },
    },
  ];
}
