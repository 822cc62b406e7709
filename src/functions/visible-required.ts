import { createRulesetFunction } from '@stoplight/spectral-core';
import { isHiddenInContext } from '../model/visibility';

/**
 * Reports a missing, null or blank value, unless the element is hidden (`x-ms-visibility: internal` on it,
 * its operation or a schema ancestor). Use it with `then.field`.
 * Error text: `is missing` or `is empty`.
 */
export const visibleRequired = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function visibleRequired(input, _options, context) {
    if (isHiddenInContext(context)) return;
    if (input === undefined || input === null) return [{ message: 'is missing' }];
    if (typeof input === 'string' && input.trim() === '') return [{ message: 'is empty' }];
    return;
  },
);
