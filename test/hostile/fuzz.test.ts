import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { diffConnectors } from '../../src/diff';
import { PpcInputError } from '../../src/connector/errors';
import { lintConnector } from '../../src/lint';
import { validSwagger } from '../helpers/lint';
import { Folders } from './helpers';

/**
 * Fuzzing: mutated definitions through the lint (every Spectral rule of the certified profile and the folder
 * rules, as `lintConnector` runs them) and through the breaking-change diff (original against mutated). A fixed seed,
 * so CI runs the same
 * cases every time; FUZZ_RUNS (lint cases) and FUZZ_DIFF_RUNS run more, FUZZ_SEED other ones.
 */
export interface FuzzTarget {
  name: string;
  runs: number;
  run(original: string, mutated: string): Promise<ISpectralDiagnostic[]>;
}

const LINT_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const DIFF_RUNS = Number(process.env.FUZZ_DIFF_RUNS ?? Math.ceil(LINT_RUNS / 4));
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);

const file = (text: string, source: string) => ({ name: 'apiDefinition.swagger.json', text, source });

/** One folder, rewritten for every case, so the lint runs exactly as on disk (loading, Spectral, folder rules). */
const folders = new Folders();
let folder: string | undefined;
afterAll(() => folders.cleanup());

const TARGETS: FuzzTarget[] = [
  {
    name: 'lint (lintConnector on a folder)',
    runs: LINT_RUNS,
    run: async (_original, mutated) => {
      folder ??= folders.make({});
      writeFileSync(path.join(folder, 'apiDefinition.swagger.json'), mutated);
      const { diagnostics } = await lintConnector(folder);
      // Nothing stops the rules, not even a `swagger` that Spectral's format check cannot turn into text.
      expect(diagnostics.filter((d) => d.code === 'ppc-lint-failed')).toEqual([]);
      return diagnostics;
    },
  },
  {
    name: 'diff (original against mutated)',
    runs: DIFF_RUNS,
    run: async (original, mutated) => {
      let result;
      try {
        result = await diffConnectors(
          { files: [file(original, '/virtual/old/apiDefinition.swagger.json')] },
          { files: [file(mutated, '/virtual/new/apiDefinition.swagger.json')] },
        );
      } catch (error) {
        // A side that is no Swagger 2.0 definition (no "swagger" key, not an object) is an input error naming the
        // file (exit 2 in the CLI), never invented breaking changes; anything else thrown is a bug.
        expect(error).toBeInstanceOf(PpcInputError);
        expect((error as Error).message).toMatch(/^\/virtual\/new\/apiDefinition\.swagger\.json: /);
        return [];
      }
      expect(['minor', 'major']).toContain(result.updateClass);
      return result.diagnostics;
    },
  },
];

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

/**
 * The base documents: the valid fixture, and a small one (one operation, one definition) that costs a third as
 * much to lint, so most cases are cheap and every construct of the fixture still gets mutated in some.
 */
type Swagger = { paths: Record<string, Record<string, unknown>>; definitions: Record<string, unknown>; tags?: unknown };

function fullBase(): Swagger {
  return validSwagger() as Swagger;
}
function smallBase(): Swagger {
  const d = fullBase();
  delete d.paths['/tasks/{taskId}'];
  delete d.paths['/tasks']?.post;
  delete d.definitions.NewTask;
  delete d.tags;
  return d;
}

const HOSTILE_KEYS = ['constructor', '__proto__', 'toString', 'prototype', 'valueOf', 'hasOwnProperty', '$ref'];
HOSTILE_KEYS.push('x-ms-capabilities', 'type', 'name', 'in', 'schema', 'enum', 'x-ms-dynamic-values');
const SHORT_STRINGS = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\n::error::x\n',
    '\u001b[31m',
    '{',
    '}',
    '{{x}}',
    '#/definitions/Missing',
    '#/definitions/Task',
    '#/',
    'http://127.0.0.1:1/x',
    '../../x.json',
    '^(a+)+$',
    '(',
    '\ud800',
  ),
);
/** 20,000-character runs of the characters a backtracking pattern would rescan. */
const LONG_STRINGS = fc.nat({ max: 5 }).map((n) => ['!', ')', ' ', 'a', 'eyJ-', '{x}/'][n].repeat(20_000));
const VALUE = (strings: fc.Arbitrary<string>) =>
  fc.oneof(strings, fc.constantFrom(null, true, 0, -1, 1e308, [], {}), fc.jsonValue({ maxDepth: 3 }));

type Mutation = {
  kind: 'delete' | 'duplicate' | 'retype' | 'deepen' | 'insert';
  target: number;
  key: string;
  value: unknown;
};
const mutation = (strings: fc.Arbitrary<string>): fc.Arbitrary<Mutation> =>
  fc.record({
    kind: fc.constantFrom('delete', 'duplicate', 'retype', 'deepen', 'insert'),
    target: fc.nat(),
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })),
    value: VALUE(strings),
  });

/**
 * One case: a base document and a few mutations; one case in ten may carry long strings, one in six the full fixture.
 */
const CASE = fc.record({
  full: fc.nat({ max: 5 }).map((n) => n === 0),
  mutations: fc.oneof(
    { weight: 9, arbitrary: fc.array(mutation(SHORT_STRINGS), { minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(mutation(fc.oneof(SHORT_STRINGS, LONG_STRINGS)), { minLength: 1, maxLength: 4 }) },
  ),
});

/** A node's own member (never one inherited from Object.prototype, such as `constructor`). */
function own(node: Record<string | number, unknown>, key: string | number): unknown {
  return Object.hasOwn(node, key) ? node[key] : null;
}

function mutate(doc: unknown, mutations: Mutation[]): unknown {
  for (const m of mutations) {
    const paths = containers(doc);
    const path = paths[m.target % paths.length];
    const node = at(doc, path);
    const keys = Object.keys(node);
    const key = Array.isArray(node)
      ? keys.length
        ? Number(keys[m.target % keys.length])
        : 0
      : keys.length
        ? keys[m.target % keys.length]
        : m.key;
    switch (m.kind) {
      case 'delete':
        if (Array.isArray(node)) node.splice(Number(key), 1);
        else delete node[key];
        break;
      case 'duplicate':
        if (Array.isArray(node)) node.push(structuredClone(own(node, Number(key)) ?? null));
        else
          Object.defineProperty(node, `${String(key)}2`, {
            value: structuredClone(own(node, key) ?? null),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        break;
      case 'retype':
        node[key] = structuredClone(m.value);
        break;
      case 'deepen': {
        let v: unknown = own(node, key) ?? null;
        for (let i = 0; i < 30; i++) v = i % 2 ? [v] : { [m.key]: v };
        node[key] = v;
        break;
      }
      case 'insert':
        if (Array.isArray(node)) node.push(structuredClone(m.value));
        else
          Object.defineProperty(node, m.key, {
            value: structuredClone(m.value),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        break;
    }
  }
  return doc;
}

/** What every finding of any target must satisfy, whatever the input. */
function checkFinding(d: ISpectralDiagnostic, lines: number): void {
  expect(Array.isArray(d.path)).toBe(true);
  expect(typeof d.code === 'string' && d.code.length > 0).toBe(true);
  expect(d.range.start.line).toBeGreaterThanOrEqual(0);
  expect(d.range.start.line).toBeLessThanOrEqual(lines);
  expect(d.range.end.line).toBeGreaterThanOrEqual(d.range.start.line);
  // eslint-disable-next-line no-control-regex -- control characters are what the message must not hold.
  expect(d.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f]|\n/);
  // A guarded rule that threw would say so: every ppc rule must finish on any input (ppc-lint-failed: see the target).
  if (String(d.code).startsWith('ppc-') && d.code !== 'ppc-lint-failed')
    expect(d.message).not.toMatch(/could not be checked|could not finish/);
}

describe.each(TARGETS)('fuzz: $name', (target) => {
  it(`mutated definitions never throw and every finding has a path and a range (seed ${SEED})`, async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(CASE, async ({ full, mutations }) => {
        cases++;
        const base = full ? fullBase : smallBase;
        const original = JSON.stringify(base(), null, 4);
        const mutated = JSON.stringify(mutate(base(), mutations), null, 4);
        const results = await target.run(original, mutated);
        const lines = Math.max(original.split('\n').length, mutated.split('\n').length);
        for (const d of results) checkFinding(d, lines);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: target.runs, seed: SEED, endOnFailure: true },
    );
    expect(cases).toBe(target.runs);
  }, 1_200_000);
});

describe('the fuzz cases', () => {
  it('mutate the documents: most cases change the definition, and both bases are used', () => {
    const samples = fc.sample(CASE, { numRuns: 200, seed: SEED });
    const changed = samples.filter(({ full, mutations }) => {
      const base = full ? fullBase : smallBase;
      return JSON.stringify(mutate(base(), mutations)) !== JSON.stringify(base());
    });
    expect(changed.length).toBeGreaterThan(150);
    expect(samples.filter((s) => s.full).length).toBeGreaterThan(10);
    expect(samples.filter((s) => !s.full).length).toBeGreaterThan(100);
  });
});
