import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { knownExtension, valueSpecAt } from '../../catalog/known-extensions';
import { defineRule } from '../../types';
import { checkValue } from '../../utils/extensions-value';
import { extensionKey } from '../../collections';
import { msExtensions, pathKey } from '../../model';
import { isObject, quote } from '../../utils/guards';
import { HTTP_METHODS } from '../../utils/http';

function operationIds(doc: unknown): Set<string> {
  const ids = new Set<string>();
  if (!isObject(doc) || !isObject(doc.paths)) return ids;
  for (const item of Object.values(doc.paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (isObject(op) && typeof op.operationId === 'string') ids.add(op.operationId);
    }
  }
  return ids;
}

/**
 * Checks every `x-ms-openai-data` against the observed shape and checks that each
 * `operations[*].operationId` names an operation of the document.
 */
export const openaiData = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function openaiData(_input, _options, context) {
    const input = context.document.data;
    const entry = knownExtension('x-ms-openai-data');
    if (!entry) return;
    const results: IFunctionResult[] = [];
    let ids: Set<string> | undefined;
    for (const occurrence of msExtensions(input)) {
      // Each match checks the occurrence written there.
      if (occurrence.key !== entry.key || pathKey(occurrence.path) !== pathKey(context.path)) continue;
      for (const problem of checkValue(valueSpecAt(entry, occurrence.location), occurrence.value)) {
        results.push({ message: `${entry.key} ${problem.message}`, path: [...occurrence.path, ...problem.path] });
      }
      const value = occurrence.value;
      if (!isObject(value) || !Array.isArray(value.operations)) continue;
      ids ??= operationIds(input);
      const known = ids;
      value.operations.forEach((op, i) => {
        if (!isObject(op) || typeof op.operationId !== 'string' || known.has(op.operationId)) return;
        const wanted = op.operationId.toLowerCase();
        const near = [...known].find((id) => id.toLowerCase() === wanted);
        results.push({
          message: `${entry.key} names the operation ${quote(op.operationId)}, which does not exist${near ? ` (did you mean ${quote(near)}?)` : ''}`,
          path: [...occurrence.path, 'operations', i, 'operationId'],
        });
      });
    }
    return results;
  },
);

export default defineRule('ppc-ai-openai-data-shape', {
  description:
    '`x-ms-openai-data` is `{ "openai-enabled": boolean, "operations": [{ "operationId": <an existing operation>, … }] }`.',
  message:
    '{{error}}; write {"openai-enabled": true, "operations": [{"operationId": "<existing operation>"}]} (the shape merged AI-enabled connectors use).',
  severity: 'info',
  formats: [oas2],
  given: extensionKey('x-ms-openai-data'),
  resolved: false,
  then: { function: openaiData },
  'x-ppc': {
    requirements: ['ai-openai-data-shape', 'x-ms-openai-data'],
    section: '18',
    sources: ['CORPUS'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'An operation that does not exist (wrong case).',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/x-ms-openai-data',
              value: { 'openai-enabled': true, operations: [{ operationId: 'listTasks' }] },
            },
          ],
        },
        {
          description: '`openai-enabled` as a string.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-openai-data', value: { 'openai-enabled': 'yes' } }],
        },
      ],
      valid: [
        {
          description: 'The list operation enabled for Copilot, with user confirmation.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/x-ms-openai-data',
              value: {
                'openai-enabled': true,
                operations: [{ operationId: 'ListTasks', 'x-ms-require-user-confirmation': true }],
              },
            },
          ],
        },
      ],
    },
  },
});
