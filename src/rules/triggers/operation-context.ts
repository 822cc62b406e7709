import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';

const describe = (v: unknown): string => (Array.isArray(v) ? 'an array' : show(v));

const operationContext = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function operationContext(input, _options, context) {
    if (input === undefined) return;
    if (!isObject(input)) return [{ message: `is ${describe(input)}, not an object` }];
    const results: IFunctionResult[] = [];
    for (const key of Object.keys(input))
      if (key !== 'simulate')
        results.push({ message: `has the unknown key ${quote(key)}`, path: [...context.path, key] });
    const simulate = input.simulate;
    if (simulate === undefined) {
      results.push({ message: 'has no "simulate"' });
      return results;
    }
    if (!isObject(simulate))
      return [
        ...results,
        {
          message: `has a "simulate" that is ${describe(simulate)}, not an object`,
          path: [...context.path, 'simulate'],
        },
      ];
    if (typeof simulate.operationId !== 'string' || simulate.operationId.trim() === '') {
      results.push({
        message: 'has no "simulate.operationId" string',
        path:
          simulate.operationId === undefined
            ? [...context.path, 'simulate']
            : [...context.path, 'simulate', 'operationId'],
      });
    }
    if (simulate.parameters !== undefined && !isObject(simulate.parameters)) {
      results.push({
        message: `has "simulate.parameters" that is ${describe(simulate.parameters)}, not an object`,
        path: [...context.path, 'simulate', 'parameters'],
      });
    }
    for (const key of Object.keys(simulate)) {
      if (key !== 'operationId' && key !== 'parameters')
        results.push({
          message: `has the unknown key ${quote(`simulate.${key}`)}`,
          path: [...context.path, 'simulate', key],
        });
    }
    return results;
  },
);

export default defineRule('ppc-operation-context', {
  description:
    '`x-ms-operation-context` is `{ "simulate": { "operationId": …, "parameters": { … } } }` with no other keys.',
  message:
    'x-ms-operation-context {{error}}; write { "simulate": { "operationId": "<id>", "parameters": { … } } } (the only form the platform accepts).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { field: 'x-ms-operation-context', function: operationContext },
  'x-ppc': {
    requirements: ['operation-context'],
    section: '5',
    sources: ['L-EXT', 'R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'No "simulate" wrapper.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/post/x-ms-operation-context', value: { operationId: 'ListTasks' } },
          ],
        },
      ],
      valid: [
        {
          description: 'A simulate call.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/post/x-ms-operation-context',
              value: { simulate: { operationId: 'ListTasks', parameters: {} } },
            },
          ],
        },
      ],
    },
  },
});
