import { Document } from '@stoplight/spectral-core';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import fc from 'fast-check';
import { JsonParser } from '../../src/connector/parsers';
import { spectralFor } from '../../src/lint';
import { validSwagger } from '../helpers/lint';

/**
 * A fuzz target: runs one mutated document and returns its findings. Another target (the breaking-change
 * diff, given the original and the mutated document) plugs in by adding an entry to TARGETS.
 */
export interface FuzzTarget {
  name: string;
  run(original: unknown, mutated: unknown): Promise<ISpectralDiagnostic[]>;
}

const spectral = spectralFor('certified');
const TARGETS: FuzzTarget[] = [
  {
    name: 'lint (Spectral rules)',
    run: async (_original, mutated) => spectral.run(new Document(JSON.stringify(mutated, null, 4), JsonParser, '/virtual/apiDefinition.swagger.json')),
  },
];

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);

type JsonPath = Array<string | number>;

/** Every container path of a JSON value (bounded). */
function containers(value: unknown, path: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  if (out.length > 2000 || typeof value !== 'object' || value === null) return out;
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => containers(v, [...path, i], out));
  else for (const [k, v] of Object.entries(value)) containers(v, [...path, k], out);
  return out;
}

function at(root: unknown, path: JsonPath): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const s of path) node = node[s] as Record<string | number, unknown>;
  return node;
}

const HOSTILE_KEYS = ['constructor', '__proto__', 'toString', 'prototype', 'valueOf', '$ref', 'x-ms-capabilities', 'type', 'name', 'in', 'schema'];
const ODD_STRINGS = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\n::error::x\n', '\u001b[31m', '{', '}', '{{x}}', '#/definitions/Missing', '#/', 'http://127.0.0.1:1/x', '../../x.json', '^(a+)+$', '(', '\ud800'),
  fc.nat({ max: 5 }).map((n) => ['!', ')', ' ', 'a', 'eyJ-', '{x}/'][n]!.repeat(20_000)),
);
const ANY_VALUE = fc.oneof(ODD_STRINGS, fc.constantFrom(null, true, 0, -1, 1e308, [], {}), fc.jsonValue({ maxDepth: 3 }));

type Mutation = { kind: 'delete' | 'duplicate' | 'retype' | 'deepen' | 'insert'; target: number; key: string; value: unknown };
const MUTATION: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'retype', 'deepen', 'insert'),
  target: fc.nat(),
  key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })),
  value: ANY_VALUE,
});

function mutate(doc: unknown, mutations: Mutation[]): unknown {
  for (const m of mutations) {
    const paths = containers(doc);
    const path = paths[m.target % paths.length]!;
    const node = at(doc, path);
    const keys = Object.keys(node);
    const key = Array.isArray(node) ? (keys.length ? Number(keys[m.target % keys.length]) : 0) : keys.length ? keys[m.target % keys.length]! : m.key;
    switch (m.kind) {
      case 'delete':
        if (Array.isArray(node)) node.splice(Number(key), 1);
        else delete node[key];
        break;
      case 'duplicate':
        if (Array.isArray(node)) node.push(structuredClone(node[Number(key)] ?? null));
        else Object.defineProperty(node, `${String(key)}2`, { value: structuredClone(node[key] ?? null), enumerable: true, writable: true, configurable: true });
        break;
      case 'retype':
        node[key] = structuredClone(m.value);
        break;
      case 'deepen': {
        let v: unknown = node[key] ?? null;
        for (let i = 0; i < 30; i++) v = i % 2 ? [v] : { [m.key]: v };
        node[key] = v;
        break;
      }
      case 'insert':
        if (Array.isArray(node)) node.push(structuredClone(m.value));
        else Object.defineProperty(node, m.key, { value: structuredClone(m.value), enumerable: true, writable: true, configurable: true });
        break;
    }
  }
  return doc;
}

describe.each(TARGETS)('fuzz: $name', (target) => {
  it(`mutated definitions never throw and every finding has a path and a range (${RUNS} runs, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(MUTATION, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const original = validSwagger();
        const mutated = mutate(validSwagger(), mutations);
        const results = await target.run(original, mutated);
        for (const d of results) {
          expect(Array.isArray(d.path)).toBe(true);
          expect(d.range.start.line).toBeGreaterThanOrEqual(0);
          expect(d.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f]|\n/);
          // A guarded rule that threw would say so: every ppc rule must finish on any input.
          if (String(d.code).startsWith('ppc-')) expect(d.message).not.toMatch(/could not be checked/);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 600_000);
});
