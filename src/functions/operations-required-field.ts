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
    const label = operationLabel(input, context.path);
    const value = input[field];
    if (value === undefined || value === null)
      return [{ message: `${label} has no ${field}`, path: [...context.path] }];
    const path = [...context.path, field];
    if (typeof value !== 'string') {
      const type = Array.isArray(value) ? 'array' : typeof value;
      return [{ message: `${label} has a non-string ${field} (${type})`, path }];
    }
    if (value.trim() === '') return [{ message: `${label} has an empty ${field}`, path }];
    return;
  },
);
