import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { triggerOperationFunction } from '../../functions/triggers-document-check';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { followToObject } from '../../model';
import { locate, schemaProperties, successResponses, type JsonObject, type Located } from '../../model/schema-views';
import { notificationContentOf, operationLabel } from '../../utils/triggers-webhooks';
import { addPolling, addWebhook, pathPointer } from './example-edits';

/** What a schema says about arrays: 'array', 'not-array', or 'unknown' (no type, empty or dynamic). */
function arrayShape(doc: unknown, schema: Located<JsonObject>): 'array' | 'not-array' | 'unknown' {
  const s = schema.value;
  if (s.type === 'array' || isObject(s.items)) return 'array';
  if (s['x-ms-dynamic-schema'] !== undefined || s['x-ms-dynamic-properties'] !== undefined) return 'unknown';
  const { props } = schemaProperties(doc, s, schema.path);
  for (const prop of props.values()) {
    const found = followToObject(doc, prop.value, prop.path);
    if (found && (found.node.type === 'array' || isObject(found.node.items))) return 'array';
  }
  if (props.size === 0) return typeof s.type === 'string' && s.type !== 'object' ? 'not-array' : 'unknown';
  return 'not-array';
}

export const checkBatchArray = triggerOperationFunction('triggerBatchArray', (model, doc) => {
  const { info } = model;
  if (info.node['x-ms-trigger'] !== 'batch') return [];
  let data: Located<JsonObject> | undefined;
  const content = notificationContentOf(info);
  if (model.webhook || content) {
    if (content && isObject(content.value)) data = locate(doc, content.value.schema, [...content.path, 'schema']);
  } else {
    for (const r of successResponses(info)) {
      if (r.node.schema === undefined) continue;
      data = locate(doc, r.node.schema, [...r.jsonPath, 'schema']);
      break;
    }
  }
  if (!data || arrayShape(doc, data) !== 'not-array') return [];
  return [{ message: `${operationLabel(info)} is a batch trigger but its data schema has no array`, path: data.path }];
});

export default defineRule('ppc-trigger-batch-array', {
  description:
    'A `batch` trigger returns an array: its 200 response schema (or the webhook notification schema) is an array or has an array property.',
  message:
    '{{error}}; return an array of items (or an object with an array property), or use "x-ms-trigger": "single" (the designer splits batch results into items).',
  severity: 'warn',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: checkBatchArray },
  'x-ppc': {
    requirements: ['trigger-batch-array'],
    section: '5',
    sources: ['L-EXT'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A batch polling trigger that returns one task.',
          edits: [
            ...addPolling(),
            {
              op: 'set',
              path: pathPointer('/tasks/trigger', 'get', 'responses', '200', 'schema'),
              value: { $ref: '#/definitions/Task' },
            },
          ],
        },
        {
          description: 'A batch webhook whose notification is one task.',
          edits: [...addWebhook(), { op: 'set', path: pathPointer('/hooks', 'post', 'x-ms-trigger'), value: 'batch' }],
        },
      ],
      valid: [{ description: 'A batch polling trigger that returns an array of tasks.', edits: addPolling() }],
    },
  },
});
