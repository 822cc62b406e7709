import { createRulesetFunction } from '@stoplight/spectral-core';
import { quote, show } from '../utils/guards';

/**
 * Reports a value that is not a JSON boolean (absent values are not looked at: use it on the field itself).
 * Error text: `is "true" (a string)`, `is 1 (a number)`.
 */
export const operationsBoolean = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function operationsBoolean(input) {
    if (input === undefined || typeof input === 'boolean') return;
    const type =
      input === null
        ? 'null'
        : Array.isArray(input)
          ? 'an array'
          : typeof input === 'object'
            ? 'an object'
            : `a ${typeof input}`;
    const shown = typeof input === 'string' ? quote(input) : show(input);
    return [{ message: input === null ? 'is null' : `is ${shown} (${type})` }];
  },
);
