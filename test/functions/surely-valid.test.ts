import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { RulesetFunctionContext } from '@stoplight/spectral-core';
import { schema as schemaFunction } from '@stoplight/spectral-functions';
import AjvDraft04 from 'ajv-draft-04';
import { surelyValid } from '../../src/functions/surely-valid';
import { corpusFolders } from '../helpers/corpus';

type Json = Record<string, unknown>;

// Spectral's own schema check, as the example rules call it: no finding means Ajv accepts the value.
const inventory = {};
function ajvAccepts(schema: Json, value: unknown): boolean {
  const found = (schemaFunction as unknown as (v: unknown, o: object, c: RulesetFunctionContext) => unknown[] | void)(
    value,
    { schema, dialect: 'draft4' },
    {
      path: [],
      documentInventory: inventory,
      document: {},
      rule: {},
    } as unknown as RulesetFunctionContext,
  );
  return !(Array.isArray(found) && found.length > 0);
}

const meta = new AjvDraft04({ strict: false });
/** Only schemas that pass the draft-04 meta-schema reach surelyValid (oas2-example.ts checks first). */
const metaValid = (schema: Json): boolean => meta.validateSchema(schema) === true;

describe('surelyValid', () => {
  const yes: [string, Json, unknown][] = [
    ['a string', { type: 'string' }, 'x'],
    ['an integer as a number', { type: 'number' }, 3],
    ['a union type', { type: ['string', 'integer'] }, 4],
    ['null where x-nullable made the schema nullable', { type: 'string', nullable: true }, null],
    [
      'an object with its required keys',
      { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
      { a: 'x', b: 1 },
    ],
    ['an array of typed items', { type: 'array', items: { type: 'integer' }, minItems: 1 }, [1, 2]],
    ['an enum value', { type: 'string', enum: ['a', 'b'] }, 'b'],
    ['a date-time', { type: 'string', format: 'date-time' }, '2024-01-02T03:04:05Z'],
    ['an unknown format', { type: 'string', format: 'html' }, 'anything'],
    ['an int32 number', { type: 'integer', format: 'int32' }, 7],
    ['a bounded number', { type: 'number', minimum: 1, maximum: 2, exclusiveMaximum: true }, 1.5],
    ['a string of two astral characters within maxLength 2', { type: 'string', maxLength: 2 }, '😀😀'],
    ['a pattern', { type: 'string', pattern: '^a\\d+$' }, 'a12'],
    ['allOf parts', { allOf: [{ type: 'object' }, { required: ['k'] }] }, { k: 1 }],
    ['annotations only', { description: 'D', 'x-ms-summary': 'S', example: 1 }, { any: 'thing' }],
    ['a query parameter as its own schema', { name: 'q', in: 'query', type: 'string', collectionFormat: 'csv' }, 'x'],
  ];
  it.each(yes)('accepts %s, as Ajv does', (_name, schema, value) => {
    expect(metaValid(schema)).toBe(true);
    expect(ajvAccepts(schema, value)).toBe(true);
    expect(surelyValid(schema, value)).toBe(true);
  });

  const no: [string, Json, unknown][] = [
    ['a number for a string', { type: 'string' }, 1],
    ['a fraction for an integer', { type: 'integer' }, 1.5],
    ['null without nullable', { type: 'string' }, null],
    ['a missing required key', { type: 'object', required: ['a'] }, {}],
    [
      'an extra key under additionalProperties: false',
      { properties: { a: {} }, additionalProperties: false },
      { b: 1 },
    ],
    ['a value outside the enum', { enum: ['a'] }, 'b'],
    ['a bad date-time', { type: 'string', format: 'date-time' }, 'yesterday'],
    ['an int32 out of range', { type: 'integer', format: 'int32' }, 2 ** 40],
    ['a too short string', { type: 'string', minLength: 3 }, 'ab'],
    ['a pattern miss', { type: 'string', pattern: '^a' }, 'b'],
    ['the exclusive maximum itself', { type: 'number', maximum: 2, exclusiveMaximum: true }, 2],
    ['a bad item', { type: 'array', items: { type: 'string' } }, ['a', 1]],
    ['a failing allOf part', { allOf: [{ type: 'string' }] }, 1],
  ];
  it.each(no)('does not accept %s, which Ajv rejects', (_name, schema, value) => {
    expect(ajvAccepts(schema, value)).toBe(false);
    expect(surelyValid(schema, value)).toBe(false);
  });

  const unsure: [string, Json, unknown][] = [
    ['a $ref', { $ref: '#/definitions/X' }, 1],
    ['oneOf', { oneOf: [{ type: 'string' }] }, 'x'],
    ['a tuple of items', { items: [{ type: 'string' }] }, ['x']],
    ['uniqueItems', { type: 'array', uniqueItems: true }, [1]],
    ['multipleOf', { type: 'number', multipleOf: 0.1 }, 0.3],
    ['an enum object in another key order', { enum: [{ a: 1, b: 2 }] }, { b: 2, a: 1 }],
    // Ajv reads value.constructor, inherited from Object.prototype, and checks it against the property schema.
    ['a declared property named constructor', { type: 'object', properties: { constructor: { type: 'string' } } }, {}],
    ['nullable with an enum', { type: 'string', nullable: true, enum: ['a'] }, 'a'],
    ['a pattern that is not a regular expression', { type: 'string', pattern: '(' }, 'x'],
    ['a pattern with nested quantifiers', { type: 'string', pattern: '^(a+)+$' }, 'aaa'],
  ];
  it.each(unsure)('leaves %s to Ajv', (_name, schema, value) => {
    expect(surelyValid(schema, value)).toBe(false);
  });

  // Soundness on real schemas: every value it accepts, Ajv accepts. Values: the schemas' own examples and defaults,
  // and mutations of them that break types, lengths, formats, required keys and enums.
  const folders = corpusFolders().filter((_, i) => i % 6 === 0);
  (folders.length > 0 ? it : it.skip)(
    `never accepts what Ajv rejects, on the examples of ${folders.length} corpus connectors and their mutations`,
    () => {
      let accepted = 0;
      let rejected = 0;
      const mismatches: string[] = [];
      for (const dir of folders) {
        let document: unknown;
        try {
          document = JSON.parse(readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8'));
        } catch {
          continue;
        }
        for (const schema of schemasWithValues(document)) {
          const prepared = prepare(schema);
          if (!metaValid(prepared)) continue;
          for (const value of valuesFor(schema)) {
            if (!surelyValid(prepared, value)) continue;
            accepted++;
            if (!ajvAccepts(prepared, value))
              mismatches.push(`${path.basename(dir)}: ${JSON.stringify(prepared)} ${JSON.stringify(value)}`);
          }
          for (const value of mutations(schema)) {
            if (surelyValid(prepared, value)) {
              accepted++;
              if (!ajvAccepts(prepared, value))
                mismatches.push(`${path.basename(dir)}: ${JSON.stringify(prepared)} ${JSON.stringify(value)}`);
            } else rejected++;
          }
        }
      }
      expect(mismatches.slice(0, 5)).toEqual([]);
      // Enough of both answers to mean something.
      expect(accepted).toBeGreaterThan(300);
      expect(rejected).toBeGreaterThan(300);
    },
    120_000,
  );
});

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object with an example, x-example or default: the schemas the example rule checks. */
function* schemasWithValues(node: unknown, depth = 0): Generator<Json> {
  if (depth > 40 || typeof node !== 'object' || node === null) return;
  if (isObject(node) && ('example' in node || 'x-example' in node || 'default' in node)) yield node;
  for (const child of Object.values(node)) yield* schemasWithValues(child, depth + 1);
}

/** As oas2-example.ts prepares a schema: a copy, x-nullable as nullable, a boolean `required` dropped. */
function prepare(schema: Json): Json {
  const copy = JSON.parse(JSON.stringify(schema)) as Json;
  if (typeof copy.required === 'boolean') delete copy.required;
  const visit = (n: unknown): void => {
    if (typeof n !== 'object' || n === null) return;
    const o = n as Json;
    if (o['x-nullable'] === true) {
      o.nullable = true;
      delete o['x-nullable'];
    }
    Object.values(o).forEach(visit);
  };
  visit(copy);
  return copy;
}

function valuesFor(schema: Json): unknown[] {
  return ['example', 'x-example', 'default'].filter((k) => k in schema).map((k) => schema[k]);
}

/** Values near the schema's own: each breaks one thing an example can get wrong. */
function mutations(schema: Json): unknown[] {
  const out: unknown[] = [null, 0, 1.5, -1, 2 ** 40, '', 'x', 'x'.repeat(300), '😀', true, [], {}, ['x'], [1]];
  out.push('2024-13-45T25:00:00Z', 'not an email', 'http://', '00000000-0000-0000-0000-00000000000g');
  for (const base of valuesFor(schema)) {
    if (isObject(base)) {
      for (const key of Object.keys(base)) {
        const { [key]: _dropped, ...rest } = base;
        out.push(rest, { ...base, [key]: null }, { ...base, [key]: 7 }, { ...base, [key]: 'seven' });
      }
      out.push({ ...base, extraKeyNobodyDeclared: 1 });
    } else if (Array.isArray(base)) {
      out.push([...base, ...base], base.slice(1), [...base, null], [...base, 'x']);
    } else if (typeof base === 'string') {
      out.push(`${base}!`, base.slice(1), base.toUpperCase(), ` ${base}`);
    } else if (typeof base === 'number') {
      out.push(base + 0.5, -base, base * 1000);
    }
  }
  return out;
}
