import { createRulesetFunction } from '@stoplight/spectral-core';
import { quote } from '../utils/guards';
import { isHiddenInContext } from '../model/visibility';

export interface VisibleLengthOptions {
  min?: number;
  max?: number;
}

/**
 * Checks the length of a string on a visible element. Non-strings and hidden elements are skipped.
 * Error text: `"<value>" has N characters`.
 */
export const visibleLength = createRulesetFunction<unknown, VisibleLengthOptions>(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
    },
  },
  function visibleLength(input, options, context) {
    if (typeof input !== 'string' || isHiddenInContext(context)) return;
    const length = [...input].length;
    const tooShort = options.min !== undefined && length < options.min;
    const tooLong = options.max !== undefined && length > options.max;
    if (!tooShort && !tooLong) return;
    return [{ message: `${quote(input)} has ${length} character${length === 1 ? '' : 's'}` }];
  },
);
