import {
  createRulesetFunction,
  type IFunctionResult,
  type RuleDefinition,
  type RulesetFunctionContext,
} from '@stoplight/spectral-core';
import { oas } from '@stoplight/spectral-rulesets';
import { isObject } from '../utils/guards';

/** Spectral's own `oas2-schema` rule, as `spectral:oas` defines it. */
export const OAS2_SCHEMA_RULE = (oas.rules as Record<string, RuleDefinition>)['oas2-schema'];

type Check = (
  input: unknown,
  options: null,
  context: RulesetFunctionContext,
) => IFunctionResult[] | void | Promise<IFunctionResult[] | void>;

function baseCheck(): Check | undefined {
  const then = OAS2_SCHEMA_RULE.then;
  const first = Array.isArray(then) ? then[0] : then;
  return isObject(first) && typeof first.function === 'function' ? (first.function as Check) : undefined;
}

const VAGUE = /must not be valid$/;
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/** `paths./x.get.responses`: ppc-operation-has-response reports an empty or extension-only responses object by name. */
function isOperationResponses(path: ReadonlyArray<string | number>): boolean {
  return path.length === 4 && path[0] === 'paths' && HTTP_METHODS.has(String(path[2])) && path[3] === 'responses';
}

/**
 * Spectral's `oas2-schema` check without its vague findings: "… must not be valid" (the schema's `not` keyword,
 * which only says that something else is wrong) is dropped where another finding names the problem at the same
 * path; on an operation's `responses` it becomes what it means (no status code listed). With `operationResponses:
 * false`, findings on an operation's `responses` object are dropped too, for
 * profiles where ppc-operation-has-response reports them with the validator's name.
 */
export function oas2DocumentSchema(operationResponses: boolean) {
  const base = baseCheck();
  return createRulesetFunction<unknown, null>(
    { input: null, options: null },
    async function oas2DocumentSchema(input, options, context) {
      const results = (await base?.(input, options, context)) ?? [];
      const key = (r: IFunctionResult): string => JSON.stringify(r.path ?? []);
      const clear = new Set(results.filter((r) => !VAGUE.test(r.message)).map(key));
      return results
        .filter(
          (r) =>
            !(VAGUE.test(r.message) && clear.has(key(r))) &&
            (operationResponses || !isOperationResponses(r.path ?? [])),
        )
        .map((r) =>
          VAGUE.test(r.message) && isOperationResponses(r.path ?? [])
            ? { ...r, message: '"responses" property must list at least one status code, not only x- extensions' }
            : r,
        );
    },
  );
}
