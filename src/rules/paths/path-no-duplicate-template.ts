import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { HTTP_METHODS } from '../../utils/http';
import { capitalize, operationLabel } from '../../utils/paths-parameters';
import { examplePathItem, examplePathParameter } from '../../utils/paths-examples';
import { pathItems, templateShape } from '../../utils/paths-template';

const pathNoDuplicateTemplate = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function pathNoDuplicateTemplate(paths) {
    if (!isObject(paths)) return;
    const results: IFunctionResult[] = [];
    const earlierByShape = new Map<string, string[]>();
    for (const [key, item] of pathItems(paths)) {
      const shape = templateShape(key);
      // Keys equal without regard to case are ppc-path-unique-ci's finding.
      const earlier = (earlierByShape.get(shape) ?? []).filter((k) => k.toLowerCase() !== key.toLowerCase());
      for (const method of HTTP_METHODS) {
        if (!isObject(item[method])) continue;
        const other = earlier.find((k) => isObject((paths[k] as Record<string, unknown>)[method]));
        if (other === undefined) continue;
        const label = operationLabel(item[method], method, key);
        results.push({
          message: `${capitalize(label)} and ${operationLabel((paths[other] as Record<string, unknown>)[method], method, other)} have paths that differ only in variable names`,
          path: ['paths', key, method],
        });
      }
      earlierByShape.set(shape, [...(earlierByShape.get(shape) ?? []), key]);
    }
    return results;
  },
);

export default defineRule('ppc-path-no-duplicate-template', {
  description:
    'No two operations with the same HTTP method have paths that differ only in variable names (`GET /a/{x}` and `GET /a/{y}` route the same).',
  message:
    '{{error}}; move both operations into one path item with one variable name, or make the static segments differ (Microsoft rejects operations with duplicate, indistinguishable path templates).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths',
  resolved: false,
  then: { function: pathNoDuplicateTemplate },
  'x-ppc': {
    requirements: ['path-no-duplicate-template'],
    section: '3',
    sources: ['L-SVR DuplicateOperationPath'],
    validatorMessage:
      "The operations '{0}' and '{1}' have the path templates '{2}' and '{3}' which are duplicate and indistinguishable. They need to have a difference in static path segments for a deterministic routing.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'GET "/tasks/{id}" next to GET "/tasks/{taskId}".',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{id}',
              value: examplePathItem('GetTaskDetails', 'Get task details', [examplePathParameter('id')]),
            },
          ],
        },
      ],
      valid: [
        {
          description:
            'PUT "/tasks/{id}" next to GET and DELETE "/tasks/{taskId}": no call can match both (merging them is still clearer).',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{id}',
              value: { put: examplePathItem('UpdateTask', 'Update a task', [examplePathParameter('id')]).get },
            },
          ],
        },
        {
          description: 'The new operation in the existing path item.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/put',
              value: examplePathItem('UpdateTask', 'Update a task', [{ $ref: '#/parameters/TaskId' }]).get,
            },
          ],
        },
      ],
    },
  },
});
