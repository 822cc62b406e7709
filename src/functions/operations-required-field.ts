import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject } from '../utils/guards';
import { operationLabel } from '../utils/operations-text';
import { isHiddenInContext } from '../model/visibility';

export interface OperationsRequiredFieldOptions {
  /** The operation field that must hold a non-empty string (`summary`, `description`, ...). */
  field: string;
  /** Also check hidden (`x-ms-visibility: internal`) operations. Default false. */
  includeHidden?: boolean;
}

/**
 * Given an operation object, reports a missing, non-string or blank `field`, naming the operation.
 * Hidden operations (`x-ms-visibility: internal`) are skipped unless `includeHidden` is set.
 * Error text: `"ListTasks" has no summary`, `"ListTasks" has an empty summary`,
 * `GET /tasks has a non-string summary (number)`.
 */
export const operationsRequiredField = createRulesetFunction<unknown, OperationsRequiredFieldOptions>(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['field'],
      properties: { field: { type: 'string', minLength: 1 }, includeHidden: { type: 'boolean' } },
    },
  },
  function operationsRequiredField(input, options, context) {
    if (!isObject(input) || (!options.includeHidden && isHiddenInContext(context))) return;
    const { field } = options;
    const value = input[field];
    const problem = fieldProblem(value, field);
    if (problem === undefined) return;
    // The label (and path) only for an operation with a problem: most have the field.
    const label = operationLabel(input, context.path);
    const missing = value === undefined || value === null;
    return [{ message: `${label} ${problem}`, path: missing ? [...context.path] : [...context.path, field] }];
  },
);

/** What is wrong with an operation's `field` value ("has no summary", ...), or undefined when nothing is. */
function fieldProblem(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return `has no ${field}`;
  if (typeof value !== 'string') return `has a non-string ${field} (${Array.isArray(value) ? 'array' : typeof value})`;
  return value.trim() === '' ? `has an empty ${field}` : undefined;
}
