import {
  createRulesetFunction,
  type IFunctionResult,
  type RulesetFunction,
  type RulesetFunctionWithValidator,
} from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { perDocument } from '../model/memo';
import { operationRule } from '../model/rules';
import { operationModels, type OperationModel as TriggerOperation } from '../utils/triggers-webhooks';

/** A whole-document check of the document as written (rules using it set `resolved: false`). */
export type DocumentCheck = (doc: unknown) => IFunctionResult[];

function isPrefix(prefix: JsonPath, path: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => String(segment) === String(path[i]));
}

/**
 * Wrap a whole-document check as a Spectral function. The check runs once per document and returns results
 * with absolute paths; each `given` match returns the results written at or below it, so a rule's `given` can
 * name the place it checks (`$.securityDefinitions`, the extension key) while the work stays per document.
 * Results outside every match are not reported: the `given` must cover every place the check reports.
 */
export function documentFunction(name: string, check: DocumentCheck): RulesetFunctionWithValidator<unknown, null> {
  const resultsOf = perDocument((doc: unknown) => check(doc));
  const fn = createRulesetFunction<unknown, null>({ input: null, options: null }, (_input, _options, context) => {
    const base = context.path;
    const results = resultsOf(context.document.data).filter((r) => isPrefix(base, r.path ?? []));
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
