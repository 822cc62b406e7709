import { createRulesetFunction } from '@stoplight/spectral-core';
import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { HTTP_METHODS } from '../../utils/http';

/** Reports a path item without operations, and operations that are empty objects. */
const notEmpty = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function notEmpty(input, _options, context) {
    const route = String(context.path[context.path.length - 1]);
    // A `$ref` path item is another rule's concern (path items can't be references in connectors).
    if (isObject(input) && '$ref' in input) return;
    const methods = isObject(input) ? HTTP_METHODS.filter((m) => m in input) : [];
    // A path item that only carries webhook notification content is left to the webhook rules.
    if (methods.length === 0 && isObject(input) && 'x-ms-notification-content' in input) return;
    if (methods.length === 0) return [{ message: `Path ${quote(route)} has no operations` }];
    const results: IFunctionResult[] = [];
    for (const method of methods) {
      const op = (input as Record<string, unknown>)[method];
      if (!isObject(op) || Object.keys(op).length === 0) {
        results.push({
          message: `Operation ${method.toUpperCase()} ${route} is empty`,
          path: [...context.path, method],
        });
      }
    }
    return results;
  },
);

export default defineRule('ppc-operation-not-empty', {
  description:
    'Every path holds at least one operation, and no operation is an empty object. A path item that only carries `x-ms-notification-content` is left to the webhook rules.',
  message: '{{error}}; remove it or define the operation (Microsoft rejects empty operations).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths[*]',
  resolved: false,
  then: { function: notEmpty },
  'x-ppc': {
    requirements: ['operation-not-empty'],
    section: '3',
    sources: ['L-CS', 'PR#698'],
    specLevel: 'E',
    calibration: {
      allowedRecentCertifiedRate: 0.07,
      reason:
        'About 6% of certified connectors changed since 2023 still carry leftover "/path": {} items; the certification page forbids empty operations and reviewers ask for their removal (PR#698), so new submissions get an error.',
    },
    examples: {
      invalid: [
        {
          description: 'An empty path item.',
          edits: [{ op: 'set', path: '/paths/~1tasks~1{taskId}~1comments', value: {} }],
        },
      ],
      valid: [
        {
          description: 'Every path has operations.',
          edits: [{ op: 'remove', path: '/paths/~1tasks~1{taskId}/delete' }],
        },
      ],
    },
  },
});
