import { createRulesetFunction } from '@stoplight/spectral-core';
import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { ROOT } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { findOperationIdReferences, operationIdsOf } from '../../utils/operations-references';

/** Reports each string operationId reference that names no operation of the document. */
const operationIdReferencesExist = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function operationIdReferencesExist(input) {
    const ids = operationIdsOf(input);
    const byLowerCase = new Map([...ids].map((id) => [id.toLowerCase(), id]));
    const results: IFunctionResult[] = [];
    for (const ref of findOperationIdReferences(input)) {
      // Missing or non-string values are left to the extension shape rules.
      if (typeof ref.value !== 'string' || ids.has(ref.value)) continue;
      const near = byLowerCase.get(ref.value.toLowerCase());
      const hint = near ? ` (did you mean ${quote(near)}? operationIds are case-sensitive)` : '';
      results.push({
        message: `${ref.where} ${quote(ref.value)} names no operation of this definition${hint}`,
        path: ref.path,
      });
    }
    return results;
  },
);

export default defineRule('ppc-operation-id-references-exist', {
  description:
    'Every operationId named by `x-ms-dynamic-values`, `x-ms-dynamic-schema`, `x-ms-dynamic-list`, `x-ms-dynamic-properties`, `x-ms-dynamic-tree`, `x-ms-capabilities` (test connection, file picker), `x-ms-operation-context` or `x-ms-notification` is the operationId of an operation in the definition.',
  message:
    '{{error}}; point it at an existing operationId (Microsoft rejects references to missing operations: OperationIdNotFound).',
  severity: 'error',
  formats: [oas2],
  given: ROOT,
  resolved: false,
  then: { function: operationIdReferencesExist },
  'x-ppc': {
    requirements: ['operation-id-references-exist'],
    section: '3',
    sources: ['L-SVR OperationIdNotFound', 'L-TC'],
    validatorMessage: 'OperationIdNotFound',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'Dynamic values from an operation that does not exist.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/parameters/0/x-ms-dynamic-values',
              value: { operationId: 'ListStatuses', 'value-path': 'id', 'value-title': 'name' },
            },
          ],
        },
        {
          description: 'A test connection operation that does not exist.',
          edits: [
            { op: 'set', path: '/x-ms-capabilities', value: { testConnection: { operationId: 'TestConnection' } } },
          ],
        },
      ],
      valid: [
        {
          description: 'Dynamic values from the ListTasks operation.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/parameters/0/x-ms-dynamic-values',
              value: { operationId: 'ListTasks', 'value-path': 'id', 'value-title': 'title' },
            },
          ],
        },
      ],
    },
  },
});
