import { Document, Spectral, type RuleDefinition, type RulesetFunction } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { Resolver } from '@stoplight/spectral-ref-resolver';
import { OPERATIONS, PARAMETERS, RESPONSES } from '../../src/collections';
import { guardFunction } from '../../src/functions/guard';
import { overMatchesInOneCall, plainSegments } from '../../src/functions/over-matches';
import { runnableRule } from '../../rulesets/build';
import { spectralRules } from '../../src/rules';
import { validSwagger } from '../helpers/lint';

/** Reports every node it is given, with its path, the type of the value and a path-less second finding. */
const echo = function echo(input: unknown, _options: unknown, context: { path: (string | number)[] }) {
  const kind = Array.isArray(input) ? 'array' : input === null ? 'null' : typeof input;
  return [
    { message: `${kind} at ${JSON.stringify(context.path)}`, path: [...context.path] },
    { message: `bare ${kind}` },
  ];
} as unknown as RulesetFunction;

async function findings(definition: RuleDefinition, document: unknown): Promise<string[]> {
  const spectral = new Spectral({ resolver: new Resolver({ resolvers: {} }) });
  spectral.setRuleset({ rules: { probe: definition } });
  const results = await spectral.run(new Document(JSON.stringify(document, null, 2), Json, '/virtual/a.json'));
  return results.map((r) => JSON.stringify([r.path, r.message, r.range])).sort();
}

/** Odd shapes the traversal must treat as Spectral's does. */
function oddDocument(): Record<string, any> {
  const d = validSwagger();
  d.paths['/odd'] = {
    parameters: { named: { name: 'n', in: 'query', type: 'string' } },
    get: { parameters: [1, null, 'x', { $ref: '#/parameters/Missing' }], responses: { '200': 'text' } },
    post: 'not an operation',
    delete: [],
    'x-get': { parameters: [{ name: 'hidden' }] },
  };
  d.paths['/array'] = [{ get: { parameters: [{ name: 'a' }] } }];
  Object.defineProperty(d.parameters, '__proto__', {
    value: { name: 'proto', in: 'query', type: 'string' },
    enumerable: true,
  });
  return d;
}

describe('overMatchesInOneCall', () => {
  it('reads plain given paths, and refuses the rest', () => {
    expect(plainSegments(OPERATIONS)).toEqual([
      { kind: 'name', name: 'paths' },
      { kind: 'any' },
      { kind: 'union', names: ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] },
    ]);
    expect(plainSegments("$.paths[*]['x-ms-notification-content'].a")).toEqual([
      { kind: 'name', name: 'paths' },
      { kind: 'any' },
      { kind: 'name', name: 'x-ms-notification-content' },
      { kind: 'name', name: 'a' },
    ]);
    expect(plainSegments("$..['x-ms-summary']")).toEqual([{ kind: 'deep', name: 'x-ms-summary' }]);
    expect(plainSegments('$..title')).toEqual([{ kind: 'deep', name: 'title' }]);
    for (const given of ['$..x[*]', '$..[a,b]', "$..['a'].b", "$['a\\'b']", '$.paths[?(@.x)]', 'paths'])
      expect(plainSegments(given)).toBeUndefined();
  });

  it.each([
    ['operations', OPERATIONS],
    ['parameters', PARAMETERS],
    ['responses', RESPONSES],
  ])('gives what one call per node gives, on %s of odd shapes, resolved and not', async (_name, given) => {
    for (const resolved of [true, false]) {
      const definition: RuleDefinition = { given, resolved, severity: 'warn', then: { function: echo } };
      const rewritten = overMatchesInOneCall(definition);
      expect(rewritten.given).toBe('$');
      const expected = await findings(definition, oddDocument());
      expect(expected.length).toBeGreaterThan(4);
      expect(await findings(rewritten, oddDocument())).toEqual(expected);
    }
  });

  it('keeps a failure on one node at that node, with the other nodes checked', async () => {
    const fragile = function fragile(input: unknown) {
      if ((input as { name?: string }).name === 'n') throw new Error('boom');
      return [{ message: 'seen' }];
    } as unknown as RulesetFunction;
    const definition: RuleDefinition = {
      given: '$.paths[*].parameters[*]',
      severity: 'warn',
      then: { function: guardFunction(fragile, 'probe') },
    };
    const document = validSwagger();
    document.paths['/odd'] = { parameters: [{ name: 'n' }, { name: 'm' }] };
    const expected = await findings(definition, document);
    expect(expected.some((f) => f.includes('boom'))).toBe(true);
    expect(await findings(overMatchesInOneCall(definition), document)).toEqual(expected);
  });

  it('walks the document once for rules with the same given; a rule cannot change the paths the next one sees', async () => {
    let walks = 0;
    const document = validSwagger();
    const counted = new Proxy(document.paths, {
      ownKeys(target) {
        walks++;
        return Reflect.ownKeys(target);
      },
    });
    const root = { ...document, paths: counted };
    const vandal = function vandal(_input: unknown, _options: unknown, context: { path: (string | number)[] }) {
      context.path.push('changed');
      return [];
    } as unknown as RulesetFunction;
    const rule = (fn: RulesetFunction) =>
      overMatchesInOneCall({ given: OPERATIONS, resolved: false, then: { function: guardFunction(fn, 'probe') } });
    const spectral = new Spectral({ resolver: new Resolver({ resolvers: {} }) });
    spectral.setRuleset({ rules: { vandal: rule(vandal), first: rule(echo), second: rule(echo) } });
    const direct = rule(echo).then as { function: RulesetFunction };
    const context = { path: [], document: { data: root } } as never;
    const first = (direct.function as any)(root, null, context) as { message: string }[];
    const second = (direct.function as any)(root, null, context) as { message: string }[];
    expect(walks).toBe(1);
    expect(second).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
    // Through Spectral: the rule that pushes onto its path fails at its node; the others see unchanged paths.
    const results = await spectral.run(new Document(JSON.stringify(document, null, 2), Json, '/virtual/a.json'));
    expect(results.filter((r) => r.code === 'vandal').length).toBeGreaterThan(0);
    const paths = results.filter((r) => r.code === 'first').map((r) => r.path.join('/'));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => !p.includes('changed'))).toBe(true);
    expect(results.filter((r) => r.code === 'second').map((r) => r.path.join('/'))).toEqual(paths);
  });

  it.each([
    ['a name after the walk', [`${OPERATIONS}.summary`, "$.paths[*]['x-ms-notification-content']"], undefined],
    ['a field', OPERATIONS, 'summary'],
    ['a field on every response', RESPONSES, 'schema'],
    ['fixed names beside a walk', ['$.security', `${OPERATIONS}.security`], undefined],
  ])('gives what Spectral gives for %s, resolved and not', async (_name, given, field) => {
    for (const resolved of [true, false]) {
      const definition: RuleDefinition = { given, resolved, severity: 'warn', then: { field, function: echo } };
      const rewritten = overMatchesInOneCall(definition);
      expect(rewritten.given).toBe('$');
      const document = oddDocument();
      document.security = [{ key: [] }];
      document.paths['/odd'].get.security = 'odd';
      document.paths['/odd'].get['x-ms-notification-content'] = { schema: {} };
      const expected = await findings(definition, document);
      expect(expected.length).toBeGreaterThan(2);
      expect(await findings(rewritten, document)).toEqual(expected);
    }
  });

  it('finds a name anywhere in the unresolved document as Spectral does', async () => {
    const document = oddDocument();
    document['x-ms-summary'] = { 'x-ms-summary': ['x', { 'x-ms-summary': 1 }] };
    document.definitions.Item = { properties: { 'x-ms-summary': { 'x-ms-visibility': 'important' } } };
    document.paths['/odd'].get['x-ms-visibility'] = null;
    document.paths['/array'].push({ 'x-ms-summary': 'in a list' });
    for (const given of ["$..['x-ms-summary']", ["$..['x-ms-visibility']", '$..x-ms-summary']]) {
      const definition: RuleDefinition = { given, resolved: false, severity: 'warn', then: { function: echo } };
      const rewritten = overMatchesInOneCall(definition);
      expect(rewritten.given).toBe('$');
      const expected = await findings(definition, document);
      expect(expected.length).toBeGreaterThan(8);
      expect(await findings(rewritten, document)).toEqual(expected);
    }
  });

  it('leaves rules with several thens, other givens or fields, and deep names in the resolved document, as they are', () => {
    const twoThens: RuleDefinition = { given: OPERATIONS, then: [{ function: echo }, { function: echo }] };
    expect(overMatchesInOneCall(twoThens)).toBe(twoThens);
    const deep: RuleDefinition = { given: ['$..parameters[*]', OPERATIONS], then: { function: echo } };
    expect(overMatchesInOneCall(deep)).toBe(deep);
    for (const field of ['@key', '$.a', 'a.b', 'constructor']) {
      const withField: RuleDefinition = { given: OPERATIONS, then: { field, function: echo } };
      expect(overMatchesInOneCall(withField)).toBe(withField);
    }
    const resolvedDeep: RuleDefinition = { given: "$..['x-ms-summary']", then: { function: echo } };
    expect(overMatchesInOneCall(resolvedDeep)).toBe(resolvedDeep);
    const fixed: RuleDefinition = { given: ['$.info', '$.paths'], then: { function: echo } };
    expect(overMatchesInOneCall(fixed)).toBe(fixed);
  });

  it('runs the operation and parameter rules of the package in one call each', () => {
    const onNodes = spectralRules.filter((r) => r.definition.given === OPERATIONS || r.definition.given === PARAMETERS);
    expect(onNodes.length).toBeGreaterThan(40);
    const rewritten = onNodes.filter((r) => runnableRule(r).given === '$');
    expect(rewritten.length).toBeGreaterThan(40);
  });
});
