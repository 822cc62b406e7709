import { createRequire } from 'node:module';
import type { RulesetFunction, RulesetFunctionContext } from '@stoplight/spectral-core';
import { skipSchemaCodeOptimization } from '../../src/batch/ajv-codegen';

// The modules as Node loads them for `ppc-lint` (jest keeps a registry of its own, which the CLI never sees).
const fromFunctions = createRequire(createRequire(__filename).resolve('@stoplight/spectral-functions'));
const { schema } = fromFunctions('@stoplight/spectral-functions') as {
  schema: RulesetFunction<unknown, { schema: object; dialect: string; allErrors?: boolean }>;
};
const AjvDraft04 = (fromFunctions('ajv-draft-04') as { default: new (o: object) => { compile(s: object): () => void } })
  .default;

const SCHEMAS: object[] = [
  {
    type: 'object',
    required: ['id', 'name'],
    properties: {
      id: { type: 'integer', minimum: 1 },
      name: { type: 'string', minLength: 2, pattern: '^[A-Z]' },
      tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, uniqueItems: true },
      when: { type: 'string', format: 'date-time' },
      nested: { type: 'object', additionalProperties: { type: 'number', maximum: 10 } },
    },
    additionalProperties: false,
  },
  {
    anyOf: [
      { type: 'string', maxLength: 3 },
      { type: 'number', multipleOf: 2 },
    ],
  },
  { type: 'array', items: [{ type: 'boolean' }, { type: 'null' }], minItems: 2 },
];
const VALUES: unknown[] = [
  { id: 1, name: 'Ab' },
  { id: 0, name: 'a', tags: ['a', 'a', 'c'], when: 'yesterday', nested: { x: 11, y: 'z' }, extra: true },
  { name: 'Abc' },
  'abcd',
  'ab',
  3,
  4,
  [true, null],
  [null],
  null,
];

/** What Spectral's schema function reports for every schema and value, with fresh Ajv instances each time. */
function findings(): unknown[] {
  const out: unknown[] = [];
  for (const s of SCHEMAS) {
    for (const value of VALUES) {
      const context = { path: [], documentInventory: {}, document: {}, rule: {} } as unknown as RulesetFunctionContext;
      out.push(schema(value, { schema: structuredClone(s), dialect: 'draft4', allErrors: true }, context));
    }
  }
  return out;
}

describe('skipSchemaCodeOptimization', () => {
  it('compiles schemas without the optimising pass, and they validate every value alike', () => {
    const compiledText = (): string => String(new AjvDraft04({ allErrors: true, strict: false }).compile(SCHEMAS[0]));
    const before = findings();
    const optimised = compiledText();
    expect(JSON.stringify(before)).toContain('is not expected to be here');

    skipSchemaCodeOptimization();
    const plain = compiledText();
    // The pass removes unused declarations: without it the code is longer, and not the same.
    expect(plain.length).toBeGreaterThan(optimised.length);
    expect(findings()).toEqual(before);
  });
});
