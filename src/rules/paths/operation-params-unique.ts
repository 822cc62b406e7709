import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';
import { HTTP_METHODS } from '../../utils/http';
import { ruleRoot } from '../../model/visibility';
import {
  capitalize,
  operationLabel,
  parameterEntries,
  parameterIdentity,
  type ParameterEntry,
} from '../../utils/paths-parameters';
import { pathItems } from '../../utils/paths-template';

function describe(entry: ParameterEntry): string {
  const p = entry.param!;
  const via = entry.ref !== undefined ? `, via ${quote(entry.ref)}` : '';
  return `${quote(p.name)} (in: ${show(p.in)}${via})`;
}

/** Findings for the later entries of `entries` that repeat an earlier name + location. */
function duplicates(entries: ParameterEntry[], owner: string): IFunctionResult[] {
  const results: IFunctionResult[] = [];
  const first = new Map<string, ParameterEntry>();
  for (const entry of entries) {
    const id = parameterIdentity(entry.param);
    if (id === undefined) continue;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, entry);
    else {
      results.push({
        message: `${owner} lists parameter ${describe(entry)} twice (parameters ${String(earlier.path.at(-1))} and ${String(entry.path.at(-1))})`,
        path: entry.path,
      });
    }
  }
  return results;
}

const operationParamsUnique = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function operationParamsUnique(paths, _options, context) {
    if (!isObject(paths)) return;
    const doc = ruleRoot(context);
    const results: IFunctionResult[] = [];
    for (const [key, item] of pathItems(paths)) {
      results.push(
        ...duplicates(
          parameterEntries(doc, item.parameters, ['paths', key, 'parameters'], 'path'),
          `Path ${quote(key, 100)}`,
        ),
      );
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        const label = operationLabel(op, method, key);
        const entries = parameterEntries(doc, op.parameters, ['paths', key, method, 'parameters'], 'operation');
        results.push(...duplicates(entries, capitalize(label)));
      }
    }
    return results;
  },
);

export default defineRule('ppc-operation-params-unique', {
  description:
    'No parameter list (of an operation or a path item) has two parameters with the same `name` and `in`; an operation parameter may override a path-item one.',
  message: '{{error}}; remove the repeated entry (Microsoft rejects operations and paths with duplicate parameters).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths',
  resolved: false,
  then: { function: operationParamsUnique },
  'x-ppc': {
    requirements: ['operation-params-unique'],
    section: '3',
    sources: [
      'L-SVR OperationParametersAreNotUnique',
      'L-SVR OperationParametersContainDuplicateParameter',
      'L-SVR PathParametersContainDuplicateParameter',
    ],
    validatorMessage: "The operation '{0}' contains duplicate parameters with name '{1}', location '{2}'.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'The shared TaskId parameter referenced twice by GetTask.',
          edits: [
            { op: 'set', path: '/paths/~1tasks~1{taskId}/get/parameters/1', value: { $ref: '#/parameters/TaskId' } },
          ],
        },
        {
          description: 'The same query parameter twice in ListTasks.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/parameters/1',
              value: {
                name: 'status',
                in: 'query',
                type: 'string',
                required: false,
                'x-ms-summary': 'Status',
                description: 'Only return tasks with this status.',
              },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A path-item parameter that an operation overrides with its own definition.',
          edits: [
            { op: 'set', path: '/paths/~1tasks~1{taskId}/parameters', value: [{ $ref: '#/parameters/TaskId' }] },
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/get/parameters/0',
              value: {
                name: 'taskId',
                in: 'path',
                type: 'string',
                required: true,
                'x-ms-summary': 'Task ID',
                description: 'The task.',
                'x-ms-url-encoding': 'single',
              },
            },
          ],
        },
      ],
    },
  },
});
