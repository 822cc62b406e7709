import { createRulesetFunction, type IFunctionResult, type RulesetFunctionContext, type RulesetFunctionWithValidator } from '@stoplight/spectral-core';

/** A whole-document check: the document as written (rules using it set `resolved: false` and `given: '$'`). */
export type DocumentCheck = (doc: unknown, context: RulesetFunctionContext) => IFunctionResult[];

/**
 * Wrap a whole-document check as a Spectral function. The check returns results with absolute paths that point
 * at the offending node; nothing is reported when it returns an empty list.
 */
export function documentFunction(name: string, check: DocumentCheck): RulesetFunctionWithValidator<unknown, null> {
  const fn = createRulesetFunction<unknown, null>({ input: null, options: null }, (input, _options, context) => {
    const results = check(input, context);
    return results.length > 0 ? results : undefined;
  });
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}
