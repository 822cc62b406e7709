import { createRulesetFunction } from '@stoplight/spectral-core';
import { quote } from '../utils/guards';
import { isHiddenInContext } from '../model/visibility';

export interface VisiblePatternOptions {
  /** The value must match this regular expression. */
  match?: string;
  /** The value must not match this regular expression. */
  notMatch?: string;
  /** Regular expression flags, e.g. "i". */
  flags?: string;
}

/**
 * Like Spectral's `pattern`, but skips hidden elements and names the offending text.
 * Error text: `"<value>"` for a failed `match`, `"<value>" contains "<found>"` for a `notMatch` hit.
 */
export const visiblePattern = createRulesetFunction<unknown, VisiblePatternOptions>(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        match: { type: 'string' },
        notMatch: { type: 'string' },
        flags: { type: 'string', pattern: '^[imsu]*$' },
      },
    },
  },
  function visiblePattern(input, options, context) {
    if (typeof input !== 'string' || isHiddenInContext(context)) return;
    const flags = options.flags ?? '';
    if (options.match !== undefined && !new RegExp(options.match, flags).test(input)) {
      return [{ message: quote(input) }];
    }
    if (options.notMatch !== undefined) {
      const found = new RegExp(options.notMatch, flags).exec(input);
      if (found) return [{ message: `${quote(input)} contains ${quote(found[0])}` }];
    }
    return;
  },
);
