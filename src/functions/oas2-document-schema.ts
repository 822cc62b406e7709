import {
  createRulesetFunction,
  type IFunctionResult,
  type RuleDefinition,
  type RulesetFunctionContext,
} from '@stoplight/spectral-core';
import { oas } from '@stoplight/spectral-rulesets';
import { isObject } from '../utils/guards';
import { linkedPath, type PathLink } from '../utils/path-links';

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
 * Longest array the schema check is given where Swagger 2.0 asks for unique items (`parameters`, `enum`, `required`,
 * …): Ajv compares every item with every other one, so 3,000 parameters take ten seconds and 20,000 minutes. The
 * longest in the corpus is an `enum` of 1,675 strings.
 */
export const MAX_UNIQUE_ITEMS = 1_000;
/** Plain values compare faster: 10,000 strings still take seven seconds, 2,000 a quarter of one. */
export const MAX_UNIQUE_SCALARS = 3_000;
const UNIQUE_ITEM_KEYS = new Set(['parameters', 'enum', 'required', 'consumes', 'produces', 'schemes', 'tags', 'type']);

/** The first array under one of those keys that is longer than the limit, with its path (iterative walk). */
export function tooLongForSchemaCheck(data: unknown): { path: (string | number)[]; length: number } | undefined {
  // Each entry links to its parent: the path is built only for the list found, not for every object.
  type Entry = PathLink & { node: unknown };
  const stack: Entry[] = [{ node: data, key: '', parent: undefined }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const node = entry.node;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      const key = entry.key;
      if (node.length > MAX_UNIQUE_ITEMS && typeof key === 'string' && UNIQUE_ITEM_KEYS.has(key)) {
        const scalars = node.every((item) => typeof item !== 'object' || item === null);
        if (!scalars || node.length > MAX_UNIQUE_SCALARS) return { path: linkedPath(entry), length: node.length };
      }
      for (let i = node.length - 1; i >= 0; i--) {
        const child: unknown = node[i];
        if (typeof child === 'object' && child !== null) stack.push({ node: child, key: i, parent: entry });
      }
      continue;
    }
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const child = (node as Record<string, unknown>)[keys[i]];
      if (typeof child === 'object' && child !== null) stack.push({ node: child, key: keys[i], parent: entry });
    }
  }
  return undefined;
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
      const long = tooLongForSchemaCheck(input);
      if (long)
        return [
          {
            message: `the document was not checked against the Swagger 2.0 schema: this list has ${long.length.toLocaleString('en-US')} items, more than the check can compare for duplicates in time (${MAX_UNIQUE_ITEMS.toLocaleString('en-US')} objects or ${MAX_UNIQUE_SCALARS.toLocaleString('en-US')} plain values); shorten it`,
            path: long.path,
          },
        ];
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
