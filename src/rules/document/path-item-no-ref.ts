import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';

/** Error text: `"/tasks" uses "$ref": "#/x-paths/tasks"`. */
export const pathItemNoRef = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function pathItemNoRef(input, _options, context) {
    if (!isObject(input) || !('$ref' in input)) return;
    const key = context.path[context.path.length - 1];
    return [{ message: `${quote(String(key))} uses "$ref": ${quote(input.$ref)}`, path: [...context.path, '$ref'] }];
  },
);

export default defineRule('ppc-path-item-no-ref', {
  description: 'Path items are written out in place; a path item does not use `$ref`.',
  message:
    'Path {{error}}; write the operations into the path item itself (Power Platform does not support "$ref" on path items).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths[*]',
  resolved: false,
  then: { function: pathItemNoRef },
  'x-ppc': {
    requirements: ['path-item-no-ref'],
    section: '2.1',
    sources: ['L-SVR PathItemRefNotSuppored'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A path item that points elsewhere.',
          edits: [{ op: 'set', path: '/paths/~1projects', value: { $ref: '#/x-path-items/projects' } }],
        },
      ],
      valid: [
        {
          description: 'A path item written out.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1projects',
              value: {
                get: {
                  operationId: 'ListProjects',
                  summary: 'List projects',
                  description: 'Lists the projects.',
                  responses: { '200': { description: 'The projects.' } },
                },
              },
            },
          ],
        },
      ],
    },
  },
});
