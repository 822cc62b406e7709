/**
 * Rule factories over the connector model: a rule is metadata plus a small predicate that returns findings.
 * Every factory reports a finding once per written location: a problem inside a shared `#/responses/x`,
 * `#/parameters/x` or `#/definitions/x` is reported at the component, not once per `$ref` that uses it.
 */
import { createRulesetFunction, type RuleDefinition, type RulesetFunction } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { connectorModel } from './index';
import { perDocument } from './memo';
import { pathKey } from './refs';
import { schemaVisits } from './schemas';
import { NOTIFICATION_CONTENT } from './operations';
import { typedNodes, type TypedNode } from './typed-nodes';
import { HTTP_METHODS } from '../utils/http';
import { SCHEMAS } from '../collections';
import type { ConnectorModel, OperationModel, ParameterModel, ResponseModel, SchemaVisit } from './types';

export interface Finding {
  message: string;
  /** Where the problem is written (a component's own path when it came through a `$ref`). */
  path: JsonPath;
}

export interface FactoryOptions {
  /** Skip operations (and their parameters, responses) marked `x-ms-visibility: internal`. Default false. */
  skipHidden?: boolean;
}

/** Keeps the first finding for each written path. */
class Dedupe {
  private readonly seen = new Set<string>();
  keep(finding: Finding): boolean {
    const key = pathKey(finding.path);
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

/**
 * A Spectral function for `given: OPERATIONS`: the findings of the whole document are computed once per
 * document, de-duplicated by path, and each operation's call returns the findings it was first to produce.
 */
function perOperationFunction(
  name: string,
  collect: (model: ConnectorModel) => Map<OperationModel, Finding[]>,
): RulesetFunction<unknown, null> {
  const owned = perDocument((document) => {
    const model = connectorModel(document);
    const byNode = new Map<object, Finding[]>();
    for (const [op, findings] of collect(model)) byNode.set(op.node, findings);
    return byNode;
  });
  return createRulesetFunction<unknown, null>(
    { input: null, options: null },
    {
      [name](input: unknown, _options: null, context: { document: { data: unknown } }) {
        if (typeof input !== 'object' || input === null) return [];
        return owned(context.document.data).get(input) ?? [];
      },
    }[name],
  );
}

function collectByOperation(
  model: ConnectorModel,
  options: FactoryOptions,
  check: (op: OperationModel) => Finding[],
): Map<OperationModel, Finding[]> {
  const dedupe = new Dedupe();
  const out = new Map<OperationModel, Finding[]>();
  for (const op of model.operations) {
    if (options.skipHidden && op.hidden) continue;
    const findings = check(op).filter((f) => dedupe.keep(f));
    if (findings.length > 0) out.set(op, findings);
  }
  return out;
}

/** One predicate per operation. Use with `given: OPERATIONS`. */
export function operationRule(
  name: string,
  check: (op: OperationModel, model: ConnectorModel) => Finding[],
  options: FactoryOptions = {},
): RulesetFunction<unknown, null> {
  return perOperationFunction(name, (model) => collectByOperation(model, options, (op) => check(op, model)));
}

/** One predicate per effective parameter of each operation (hidden parameters skipped with `skipHidden`). */
export function parameterRule(
  name: string,
  check: (param: ParameterModel, op: OperationModel, model: ConnectorModel) => Finding[],
  options: FactoryOptions = {},
): RulesetFunction<unknown, null> {
  return perOperationFunction(name, (model) =>
    collectByOperation(model, options, (op) =>
      op.parameters.filter((p) => !(options.skipHidden && p.hidden)).flatMap((p) => check(p, op, model)),
    ),
  );
}

/** One predicate per response of each operation. */
export function responseRule(
  name: string,
  check: (response: ResponseModel, op: OperationModel, model: ConnectorModel) => Finding[],
  options: FactoryOptions = {},
): RulesetFunction<unknown, null> {
  return perOperationFunction(name, (model) =>
    collectByOperation(model, options, (op) => op.responses.flatMap((r) => check(r, op, model))),
  );
}

/**
 * Path segments from the root to the object that holds a finding: a parameter, a response, notification content, a
 * definition.
 */
function holderLength(path: JsonPath): number | undefined {
  const [first, , third, fourth] = path;
  if (first === 'parameters' || first === 'responses' || first === 'definitions')
    return path.length >= 2 ? 2 : undefined;
  if (first !== 'paths' || path.length < 3) return undefined;
  if (third === 'parameters') return path.length >= 4 ? 4 : undefined;
  if (third === NOTIFICATION_CONTENT) return 3;
  const isMethod = (HTTP_METHODS as readonly unknown[]).includes(third);
  return isMethod && (fourth === 'parameters' || fourth === 'responses') && path.length >= 5 ? 5 : undefined;
}

/** Spectral paths may carry array indices as numbers or strings: compare them as text. */
function locationKey(path: JsonPath): string {
  return JSON.stringify(path.map(String));
}

/** The holder-scoped functions `documentRule` makes, each with its one-call form for `given: '$'`. */
const wholeDocumentForms = new WeakMap<object, RulesetFunction<unknown, null>>();

/**
 * A Spectral function for `given: SCHEMAS` (src/collections.ts): the findings of the whole document are
 * computed once per document, and each parameter, response, notification content or definition the `given`
 * matches returns the findings written inside it. With `given: '$'` the document call returns them all.
 * Findings are returned as `collect` gives them (de-duplicate there when needed).
 */
export function documentRule(
  name: string,
  collect: (model: ConnectorModel) => Finding[],
): RulesetFunction<unknown, null> {
  const owned = perDocument((document) => {
    const all = collect(connectorModel(document));
    const held: Finding[] = [];
    const byHolder = new Map<string, Finding[]>();
    for (const f of all) {
      const length = holderLength(f.path);
      if (length === undefined) continue;
      held.push(f);
      const key = locationKey(f.path.slice(0, length));
      const list = byHolder.get(key);
      if (list) list.push(f);
      else byHolder.set(key, [f]);
    }
    return { all, held, byHolder };
  });
  type Context = { path: JsonPath; document: { data: unknown } };
  const perHolder = createRulesetFunction<unknown, null>(
    { input: null, options: null },
    {
      [name](_input: unknown, _options: null, context: Context) {
        const { all, byHolder } = owned(context.document.data);
        if (context.path.length === 0) return all;
        // Most rules find nothing in most documents: no key to build for each node the `given` matches.
        if (byHolder.size === 0) return [];
        return byHolder.get(locationKey(context.path)) ?? [];
      },
    }[name],
  );
  wholeDocumentForms.set(
    perHolder,
    createRulesetFunction<unknown, null>(
      { input: null, options: null },
      { [name]: (_input: unknown, _options: null, context: Context) => owned(context.document.data).held }[name],
    ),
  );
  return perHolder;
}

/**
 * The same rule in one call per document: a `documentRule` function given every holder of `SCHEMAS` returns, over
 * all its calls, exactly the findings that have a holder. Spectral's cost per matched node (a few microseconds,
 * times every parameter, response and definition, times each such rule) is then paid once. Other rules come back
 * as they are.
 */
export function inOneCall(definition: RuleDefinition): RuleDefinition {
  const { given, then } = definition;
  if (Array.isArray(then) || (then as { field?: string }).field !== undefined) return definition;
  const whole = wholeDocumentForms.get((then as { function: object }).function);
  const givens = Array.isArray(given) ? given : [given];
  if (!whole || givens.length !== SCHEMAS.length || givens.some((g, i) => g !== SCHEMAS[i])) return definition;
  return { ...definition, given: '$', then: { ...then, function: whole } };
}

/**
 * One predicate per schema visit (`written` or `expanded`, see schemaVisits). Use with `given: SCHEMAS` (or
 * `'$'`): the walk is the model's, done once per document and shared by every schema rule.
 */
export function schemaRule(
  name: string,
  mode: 'written' | 'expanded',
  check: (visit: SchemaVisit, model: ConnectorModel) => Finding[],
  options: FactoryOptions = {},
): RulesetFunction<unknown, null> {
  return documentRule(name, (model) => {
    const dedupe = new Dedupe();
    const out: Finding[] = [];
    for (const visit of schemaVisits(model, mode)) {
      if (options.skipHidden && visit.hidden) continue;
      for (const f of check(visit, model)) if (dedupe.keep(f)) out.push(f);
    }
    return out;
  });
}

/** A problem on a typed node: the text, and where relative to the node (the node itself by default). */
export interface NodeFinding {
  message: string;
  path?: JsonPath;
}

/**
 * One predicate per typed node (non-body parameters, their `items`, written schemas; see typedNodes), each
 * visited once where it is written. Use with `given: SCHEMAS`.
 */
export function typedNodeRule(
  name: string,
  check: (n: TypedNode, model: ConnectorModel) => NodeFinding | NodeFinding[] | undefined,
): RulesetFunction<unknown, null> {
  return documentRule(name, (model) => {
    // A loop, not flatMap: most nodes find nothing, and each of them cost an empty array.
    const out: Finding[] = [];
    for (const n of typedNodes(model.document)) {
      const found = check(n, model);
      if (found === undefined) continue;
      for (const f of Array.isArray(found) ? found : [found])
        out.push({ message: f.message, path: [...n.path, ...(f.path ?? [])] });
    }
    return out;
  });
}
