import {
  createRulesetFunction,
  type IFunctionResult,
  type RulesetFunctionContext,
  type RulesetFunctionWithValidator,
} from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';
import { isParamHiddenInContext } from '../utils/params-context';

/**
 * A problem found on a parameter: the error text, and where (relative to the parameter; the parameter itself by
 * default).
 */
export interface ParamFinding {
  message: string;
  path?: JsonPath;
}

export interface ParamCheckContext {
  context: RulesetFunctionContext;
  /** Whether the parameter is hidden from users (computed on demand). */
  hidden: () => boolean;
}

export type ParamCheck = (
  param: Record<string, unknown>,
  ctx: ParamCheckContext,
) => ParamFinding | ParamFinding[] | undefined;

/**
 * A Spectral function for `given: PARAMETERS` that runs `check` on each parameter object. Non-objects,
 * unresolved `$ref` objects and objects without an `in` (such as a schema that a wrong `$ref` led to, which
 * ppc-param-ref-valid reports) are skipped.
 */
export function paramFunction(name: string, check: ParamCheck): RulesetFunctionWithValidator<unknown, null> {
  const fn = function (input: unknown, _options: null, context: RulesetFunctionContext): IFunctionResult[] | undefined {
    if (!isObject(input) || '$ref' in input || typeof input.in !== 'string') return undefined;
    const found = check(input, { context, hidden: () => isParamHiddenInContext(context) });
    if (found === undefined) return undefined;
    const list = Array.isArray(found) ? found : [found];
    return list.map((f) => ({ message: f.message, path: [...context.path, ...(f.path ?? [])] }));
  };
  Object.defineProperty(fn, 'name', { value: name });
  return createRulesetFunction<unknown, null>({ input: null, options: null }, fn);
}
