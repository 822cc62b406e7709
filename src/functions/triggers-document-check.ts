import { createRulesetFunction, type IFunctionResult, type RulesetFunction, type RulesetFunctionContext, type RulesetFunctionWithValidator } from '@stoplight/spectral-core';
import { perDocument } from '../model/memo';
import { operationRule } from '../model/rules';
import { operationModels, type OperationModel as TriggerOperation } from '../utils/triggers-webhooks';

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

const viewsOf = perDocument((doc: unknown) => new Map(operationModels(doc).map((m) => [m.info, m])));

/** A check of one operation, through the trigger view of the document (its parameters and notification URLs). */
export type TriggerOperationCheck = (model: TriggerOperation, doc: unknown) => IFunctionResult[];

/**
 * A Spectral function for `given: OPERATIONS` (with `resolved: false`) that runs `check` once per operation of
 * the connector model; a finding is reported once per written location.
 */
export function triggerOperationFunction(name: string, check: TriggerOperationCheck): RulesetFunction<unknown, null> {
  return operationRule(name, (op, model) => {
    const view = viewsOf(model.document).get(op);
    if (!view) return [];
    return check(view, model.document).map((r) => ({ message: r.message, path: r.path ?? op.jsonPath }));
  });
}
