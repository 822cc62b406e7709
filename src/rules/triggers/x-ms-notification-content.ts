import type { IFunctionResult } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, show } from '../../utils/guards';
import { connectorModel } from '../../model';
import { NOTIFICATION_CONTENT } from '../../utils/triggers-webhooks';
import { addWebhook, pathPointer } from './example-edits';

function checkShape(value: unknown, path: JsonPath): IFunctionResult[] {
  if (!isObject(value))
    return [{ message: `is ${Array.isArray(value) ? 'an array' : show(value)}, not an object with a "schema"`, path }];
  const results: IFunctionResult[] = [];
  if (value.schema === undefined) results.push({ message: 'has no "schema"', path });
  else if (!isObject(value.schema))
    results.push({
      message: `has a "schema" that is not an object (${show(value.schema)})`,
      path: [...path, 'schema'],
    });
  if (value.description !== undefined && typeof value.description !== 'string') {
    results.push({
      message: `has a "description" that is not a string (${show(value.description)})`,
      path: [...path, 'description'],
    });
  }
  return results;
}

export const checkNotificationContentShape = documentFunction('notificationContentShape', (doc) => {
  const results: IFunctionResult[] = [];
  if (!isObject(doc) || !isObject(doc.paths)) return results;
  for (const [pathKey, item] of Object.entries(doc.paths)) {
    if (isObject(item) && item[NOTIFICATION_CONTENT] !== undefined)
      results.push(...checkShape(item[NOTIFICATION_CONTENT], ['paths', pathKey, NOTIFICATION_CONTENT]));
  }
  for (const info of connectorModel(doc).operations) {
    if (info.node[NOTIFICATION_CONTENT] !== undefined)
      results.push(...checkShape(info.node[NOTIFICATION_CONTENT], [...info.jsonPath, NOTIFICATION_CONTENT]));
  }
  return results;
});

export default defineRule('ppc-x-ms-notification-content', {
  description:
    '`x-ms-notification-content` is an object `{ "schema": <schema> }` with an optional `description` string.',
  message:
    'x-ms-notification-content {{error}}; write it as { "description": "…", "schema": { … } } (the platform reads the trigger outputs from "schema").',
  severity: 'error',
  formats: [oas2],
  given: [`$.paths[*]['x-ms-notification-content']`, `${OPERATIONS}['x-ms-notification-content']`],
  resolved: false,
  then: { function: checkNotificationContentShape },
  'x-ppc': {
    requirements: ['x-ms-notification-content'],
    section: '9',
    sources: ['L-EXT', 'L-WH', 'R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A schema given directly instead of under "schema".',
          edits: [
            ...addWebhook(),
            {
              op: 'set',
              path: pathPointer('/hooks', 'x-ms-notification-content'),
              value: { $ref: '#/definitions/Task' },
            },
          ],
        },
      ],
      valid: [{ description: 'A description and a schema.', edits: addWebhook() }],
    },
  },
});
