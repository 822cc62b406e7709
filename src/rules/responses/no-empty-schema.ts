import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { isDynamicResponse, SCHEMA_SHAPE_KEYS } from '../../utils/responses-helpers';
import { followToObject } from '../../model/refs';
import { nodeAt } from '../../model/refs';
import { isHiddenInContext } from '../../model/visibility';

/** Keys that give a schema a shape. A schema with none of them (`{}`, or only a description) describes nothing. */
export const SCHEMA_CONTENT_KEYS = [...SCHEMA_SHAPE_KEYS, 'enum'] as const;

export function isEmptySchema(schema: Record<string, unknown>): boolean {
  return !SCHEMA_CONTENT_KEYS.some((k) => schema[k] !== undefined);
}

const noEmptySchema = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function noEmptySchema(input, _options, context) {
    if (!isObject(input) || isHiddenInContext(context)) return;
    // A `default` response takes no schema at all: ppc-default-no-schema reports it.
    if (context.path[context.path.length - 2] === 'default' && context.path[0] === 'paths') return;
    const doc = context.document.data;
    const response = nodeAt(doc, context.path.slice(0, -1));
    if (isDynamicResponse(doc, response)) return;
    const resolved = followToObject(doc, input, context.path);
    if (!resolved || !isEmptySchema(resolved.node)) return;
    const code = String(context.path[context.path.length - 2] ?? '');
    const via = resolved.viaRef && typeof input.$ref === 'string' ? ` (through "${input.$ref}")` : '';
    return [{ message: `"${code}" is an empty schema${via}` }];
  },
);

export default defineRule('ppc-no-empty-schema', {
  description:
    'A response schema describes the body (a `type`, `$ref`, `properties` or `items`); `"schema": {}` is not accepted. Dynamic responses are exempt.',
  message:
    'The schema of response {{error}}; define the real response schema, or remove `schema` when the response has no body (Microsoft rejects `{}`: the designer shows no dynamic content and makers must use Parse JSON).',
  severity: 'error',
  formats: [oas2],
  given: [`${OPERATIONS}.responses[*].schema`, '$.responses[*].schema'],
  resolved: false,
  then: { function: noEmptySchema },
  'x-ppc': {
    requirements: ['no-empty-schema', 'dynamic-response-exempt'],
    section: '7',
    sources: ['L-CS', 'PR#1086', 'PR#1316', 'PR#1360', 'PR#1610', 'PR#1745', 'PR#2093'],
    specLevel: 'E',
    fix: {
      kind: 'safe',
      description:
        'Removes an empty schema written on an error response; on a success response this is a suggestion, since the designer then shows no "Body" output.',
    },
    calibration: {
      allowedRecentCertifiedRate: 0.095,
      reason:
        'Reviewers reject `"schema": {}` in new submissions (PR#1086 … PR#2093), but 8.7% of certified connectors changed since 2023 still have one on a visible non-default response (measured 23/263; section 23 counts 18.8% with default responses and hidden operations).',
    },
    examples: {
      invalid: [
        {
          description: 'An empty schema on a 200 response.',
          edits: [{ op: 'set', path: '/paths/~1tasks~1{taskId}/get/responses/200/schema', value: {} }],
        },
        {
          description: 'An empty schema on an error response.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/get/responses/404/schema',
              value: { description: 'The error.' },
            },
          ],
        },
      ],
      valid: [
        { description: 'An error response without a schema.', edits: [] },
        {
          description: 'A dynamic response schema.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/get/responses/200/schema',
              value: {
                type: 'object',
                'x-ms-dynamic-schema': { operationId: 'GetTaskSchema', 'value-path': 'schema' },
              },
            },
          ],
        },
      ],
    },
  },
});
