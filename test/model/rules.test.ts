import { Document, Spectral } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { OPERATIONS, SCHEMAS } from '../../src/collections';
import { writtenParameters } from '../../src/model/parameters';
import { spectralRules } from '../../src/rules';
import { buildRuleset } from '../../rulesets/build';
import {
  documentRule,
  inOneCall,
  operationRule,
  parameterRule,
  responseRule,
  schemaRule,
  typedNodeRule,
} from '../../src/model/rules';

const document = {
  swagger: '2.0',
  info: { title: 'T', version: '1.0' },
  paths: {
    '/a': {
      get: {
        operationId: 'A',
        parameters: [{ $ref: '#/parameters/Shared' }],
        responses: { '404': { $ref: '#/responses/Problem' } },
      },
      post: {
        operationId: 'B',
        'x-ms-visibility': 'internal',
        parameters: [{ $ref: '#/parameters/Shared' }, { name: 'own', in: 'query', type: 'string' }],
        responses: { '404': { $ref: '#/responses/Problem' } },
      },
    },
    '/b': {
      get: {
        operationId: 'C',
        responses: {
          '200': { description: 'OK', schema: { $ref: '#/definitions/T' } },
          '404': { $ref: '#/responses/Problem' },
        },
      },
    },
  },
  parameters: { Shared: { name: 'shared', in: 'query', type: 'string' } },
  responses: { Problem: { description: 'Problem' } },
  definitions: { T: { type: 'object', properties: { x: { type: 'string' } } } },
};

async function run(given: string | string[], fn: ReturnType<typeof operationRule>) {
  const spectral = new Spectral();
  spectral.setRuleset({ rules: { probe: { given, severity: 'warn', resolved: false, then: { function: fn } } } });
  const results = await spectral.run(
    new Document(JSON.stringify(document, null, 2), Parsers.Json, '/virtual/apiDefinition.swagger.json'),
  );
  return results.filter((r) => r.code === 'probe').map((r) => ({ path: r.path.join('/'), message: r.message }));
}

describe('rule factories', () => {
  it('responseRule reports a shared response once, at the component', async () => {
    const fn = responseRule('probe', (r) =>
      r.code === '404' ? [{ message: `${r.code} is shared`, path: r.jsonPath }] : [],
    );
    expect(await run(OPERATIONS, fn)).toEqual([{ path: 'responses/Problem', message: '404 is shared' }]);
  });

  it('responseRule reports inline problems at each operation', async () => {
    const fn = responseRule('probe', (r, op) =>
      r.viaRef ? [] : [{ message: `inline in ${op.label}`, path: r.jsonPath }],
    );
    expect(await run(OPERATIONS, fn)).toEqual([
      { path: 'paths//b/get/responses/200', message: 'inline in C (GET /b)' },
    ]);
  });

  it('parameterRule skips hidden operations when asked and dedupes shared parameters', async () => {
    const all = parameterRule('probe', (p) => [{ message: p.name, path: p.jsonPath }]);
    expect((await run(OPERATIONS, all)).map((f) => f.path).sort()).toEqual([
      'parameters/Shared',
      'paths//a/post/parameters/1',
    ]);
    const visible = parameterRule('probe', (p) => [{ message: p.name, path: p.jsonPath }], { skipHidden: true });
    expect(await run(OPERATIONS, visible)).toEqual([{ path: 'parameters/Shared', message: 'shared' }]);
  });

  it('operationRule is silent when the predicate finds nothing', async () => {
    const fn = operationRule('probe', (op) => (op.operationId === 'none' ? [{ message: 'x', path: op.jsonPath }] : []));
    expect(await run(OPERATIONS, fn)).toEqual([]);
  });

  it('schemaRule walks the model once and dedupes by written path', async () => {
    const fn = schemaRule('probe', 'expanded', (v) =>
      v.schema.type === 'string' ? [{ message: 'string', path: v.path }] : [],
    );
    expect(await run('$', fn)).toEqual([{ path: 'definitions/T/properties/x', message: 'string' }]);
  });

  it('schemaRule with given SCHEMAS hands each finding to the definition, parameter or response that holds it', async () => {
    const fn = schemaRule('probe', 'expanded', (v) =>
      v.schema.type === 'string' ? [{ message: 'string', path: v.path }] : [],
    );
    expect(await run(SCHEMAS, fn)).toEqual([{ path: 'definitions/T/properties/x', message: 'string' }]);
    const silent = schemaRule('probe', 'expanded', (v) =>
      v.schema.type === 'boolean' ? [{ message: 'boolean', path: v.path }] : [],
    );
    expect(await run(SCHEMAS, silent)).toEqual([]);
  });

  it('documentRule reports each finding once under SCHEMAS, at the holder, and drops nothing at holders', async () => {
    const fn = documentRule('probe', () => [
      { message: 'shared parameter', path: ['parameters', 'Shared', 'type'] },
      { message: 'own parameter', path: ['paths', '/a', 'post', 'parameters', 1] },
      { message: 'response', path: ['paths', '/b', 'get', 'responses', '200', 'schema'] },
    ]);
    const found = (await run(SCHEMAS, fn)).map((f) => f.path).sort();
    expect(found).toEqual([
      'parameters/Shared/type',
      'paths//a/post/parameters/1',
      'paths//b/get/responses/200/schema',
    ]);
    // With given '$' the document call returns every finding once.
    expect((await run('$', fn)).length).toBe(3);
  });

  it('inOneCall runs a SCHEMAS documentRule once per document, with the findings its holder calls give', async () => {
    const fn = documentRule('probe', () => [
      { message: 'shared parameter', path: ['parameters', 'Shared', 'type'] },
      { message: 'definition', path: ['definitions', 'T', 'properties', 'x'] },
      { message: 'response', path: ['paths', '/b', 'get', 'responses', '200', 'schema'] },
      // No parameter, response or definition holds it: SCHEMAS never hands it out, so the one call must not either.
      { message: 'outside every holder', path: ['info', 'title'] },
    ]);
    const definition = { given: SCHEMAS, severity: 'warn' as const, resolved: false, then: { function: fn } };
    const collapsed = inOneCall(definition);
    expect(collapsed.given).toBe('$');
    const once = collapsed.then as { function: typeof fn };
    expect(once.function).not.toBe(fn);
    const perHolder = (await run(SCHEMAS, fn)).sort((a, b) => a.path.localeCompare(b.path));
    expect(perHolder.map((f) => f.path)).toEqual([
      'definitions/T/properties/x',
      'parameters/Shared/type',
      'paths//b/get/responses/200/schema',
    ]);
    expect((await run('$', once.function)).sort((a, b) => a.path.localeCompare(b.path))).toEqual(perHolder);
  });

  it('the built rulesets run every SCHEMAS documentRule in one call', () => {
    const rules = buildRuleset('certified').rules as Record<string, { given?: unknown }>;
    const holderRules = spectralRules.filter((r) => r.definition.given === SCHEMAS);
    expect(holderRules.length).toBeGreaterThan(10);
    const collapsed = holderRules.filter((r) => rules[r.id] && rules[r.id].given === '$').map((r) => r.id);
    // Every SCHEMAS rule of the profile is a documentRule (schemaRule, typedNodeRule) today.
    expect(collapsed).toEqual(holderRules.filter((r) => rules[r.id]).map((r) => r.id));
  });

  it('inOneCall leaves other rules as they are', () => {
    const fn = documentRule('probe', () => []);
    const narrower = { given: '$.definitions[*]', then: { function: fn } };
    expect(inOneCall(narrower)).toBe(narrower);
    const withField = { given: SCHEMAS, then: { field: 'type', function: fn } };
    expect(inOneCall(withField)).toBe(withField);
    const other = { given: SCHEMAS, then: { function: operationRule('probe', () => []) } };
    expect(inOneCall(other)).toBe(other);
  });

  it('typedNodeRule visits non-body parameters where they are written, once each', async () => {
    const fn = typedNodeRule('probe', (n) =>
      n.kind === 'parameter' ? { message: String(n.node.name), path: ['type'] } : undefined,
    );
    const found = (await run(SCHEMAS, fn)).map((f) => f.path).sort();
    expect(found).toEqual(['parameters/Shared/type', 'paths//a/post/parameters/1/type']);
  });
});

describe('writtenParameters', () => {
  it('lists each parameter object where it is written, hidden with its operation, and skips $ref entries', () => {
    const list = writtenParameters(document).map((w) => ({ path: w.path.join('/'), hidden: w.hidden }));
    expect(list).toEqual([
      { path: 'paths//a/post/parameters/1', hidden: true },
      { path: 'parameters/Shared', hidden: false },
    ]);
    expect(writtenParameters(null)).toEqual([]);
  });
});
