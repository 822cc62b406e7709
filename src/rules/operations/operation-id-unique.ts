import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import type { IFunctionResult } from '@stoplight/spectral-core';
import { PATHS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { connectorModel } from '../../model';

/** Reports every operationId already used by an earlier operation, at the later one. */
const uniqueOperationIds = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function uniqueOperationIds(input, _options, context) {
    if (!isObject(input)) return;
    const first = new Map<string, string>();
    const results: IFunctionResult[] = [];
    for (const { path, method, node: operation } of connectorModel(context.document.data).operations) {
      const id = operation.operationId;
      if (typeof id !== 'string' || id.trim() === '') continue;
      const where = `${method.toUpperCase()} ${path}`;
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, where);
      else
        results.push({
          message: `${quote(id)} of ${where} is already the operationId of ${earlier}`,
          path: [...context.path, path, method, 'operationId'],
        });
    }
    return results;
  },
);

export default defineRule('ppc-operation-id-unique', {
  description: 'Each operationId is used by one operation only.',
  message: 'operationId {{error}}; give each operation its own operationId (Microsoft rejects duplicates).',
  severity: 'error',
  formats: [oas2],
  given: PATHS,
  resolved: false,
  then: { function: uniqueOperationIds },
  'x-ppc': {
    requirements: ['operation-id-unique'],
    section: '3',
    sources: ['L-SVR OperationIdNotUnique', 'L-VER'],
    validatorMessage: 'OperationIdNotUnique',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'Two operations named "GetTask".',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/operationId', value: 'GetTask' }],
        },
      ],
      valid: [
        {
          description: 'Distinct operationIds.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/operationId', value: 'ListAllTasks' }],
        },
      ],
    },
  },
});
