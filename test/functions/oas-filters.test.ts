import { Document, Spectral, type RuleDefinition, type RulesetFunction } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { Resolver } from '@stoplight/spectral-ref-resolver';
import { oas } from '@stoplight/spectral-rulesets';
import { oasFilterInOneCall } from '../../src/functions/oas-filters';
import { validSwagger } from '../helpers/lint';

const OAS_RULES = (oas as unknown as { rules: Record<string, RuleDefinition> }).rules;
const IDS = ['duplicated-entry-in-enum', 'typed-enum', 'oas2-valid-schema-example', 'oas2-valid-media-example'];

/** Reports every node it is given, with its path. */
const echo = function echo(input: unknown, _options: unknown, context: { path: (string | number)[] }) {
  return [{ message: `${JSON.stringify(input).slice(0, 40)} at ${JSON.stringify(context.path)}` }];
} as unknown as RulesetFunction;

async function findings(rules: Record<string, RuleDefinition>, document: unknown): Promise<string[]> {
  const spectral = new Spectral({ resolver: new Resolver({ resolvers: {} }) });
  spectral.setRuleset({ rules });
  const results = await spectral.run(new Document(JSON.stringify(document, null, 2), Json, '/virtual/a.json'));
  return results.map((r) => JSON.stringify([r.code, r.path, r.message, r.range]));
}

/** Shared definitions, examples and enums in every kind of place the four filters look at, some of them wrong. */
function document(): Record<string, any> {
  const d = validSwagger();
  d.definitions = {
    Color: { type: 'string', enum: ['red', 'red', 'blue'], example: 'green', default: 'blue' },
    Box: {
      type: 'object',
      properties: {
        color: { $ref: '#/definitions/Color' },
        properties: { type: 'string', enum: ['a', 'a'], example: 1 },
        size: { type: 'integer', example: 'big', enum: [1, 2] },
      },
      example: { color: 'pink', size: 3 },
    },
    definitions: { inner: { type: 'string', enum: 'not a list', default: 4 } },
    Untyped: { enum: [1, 1] },
  };
  d.parameters = { shared: { name: 'c', in: 'query', type: 'string', enum: ['x', 'x'], default: 'y' } };
  d.responses = {
    Boxed: {
      description: 'ok',
      schema: { $ref: '#/definitions/Box' },
      examples: { 'application/json': { size: 'x' } },
    },
  };
  d.paths['/boxes'] = {
    parameters: [{ $ref: '#/parameters/shared' }],
    get: {
      parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Box' } }],
      responses: {
        '200': { $ref: '#/responses/Boxed' },
        '201': { description: 'made', schema: { $ref: '#/definitions/Color' }, examples: { 'text/plain': 3 } },
      },
    },
  };
  return d;
}

describe('oasFilterInOneCall', () => {
  it.each(IDS)('%s: the same nodes as Spectral, at the same places', async (id) => {
    const original = { ...OAS_RULES[id], severity: 'warn', then: { ...OAS_RULES[id].then, function: echo } };
    const rewritten = oasFilterInOneCall(id, original as RuleDefinition);
    expect(rewritten.given).toBe('$');
    const expected = await findings({ [id]: original as RuleDefinition }, document());
    expect(expected.length).toBeGreaterThan(1);
    expect(await findings({ [id]: rewritten }, document())).toEqual(expected);
  });

  it('gives the findings of the four rules of spectral:oas, with their own functions', async () => {
    const rules = Object.fromEntries(IDS.map((id) => [id, OAS_RULES[id]]));
    const rewritten = Object.fromEntries(IDS.map((id) => [id, oasFilterInOneCall(id, OAS_RULES[id])]));
    const expected = await findings(rules, document());
    expect(new Set(expected.map((f) => JSON.parse(f)[0])).size).toBe(4);
    expect((await findings(rewritten, document())).sort()).toEqual(expected.sort());
  });

  it('does not stop on an enum whose constructor key is null, which stopped every rule of the document', async () => {
    const d = document();
    d.definitions.Hostile = { type: 'string', enum: { constructor: null } };
    const rules = Object.fromEntries(IDS.map((id) => [id, oasFilterInOneCall(id, OAS_RULES[id])]));
    await expect(findings(OAS_RULES, d)).rejects.toThrow();
    const codes = (await findings(rules, d)).map((f) => JSON.parse(f)[0]);
    expect(codes).toContain('duplicated-entry-in-enum');
    expect(codes).toContain('oas2-valid-schema-example');
  });

  it('leaves other rules, and these rules with another given, as they are', () => {
    const other: RuleDefinition = { given: '$..[?(@ && @.enum)]', then: { function: echo } };
    expect(oasFilterInOneCall('typed-enum', other)).toBe(other);
    const unknown = { ...OAS_RULES['typed-enum'] };
    expect(oasFilterInOneCall('my-rule', unknown)).toBe(unknown);
  });
});
