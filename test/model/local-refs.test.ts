import { Resolver } from '@stoplight/spectral-ref-resolver';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseJsonWithPointers } from '../../src/connector/json-parse';
import { resolveLocalRefs } from '../../src/local-refs';
import { GuardedResolver } from '../../src/resolver';
import { ROOT } from '../helpers/lint';

const CORPUS = path.join(ROOT, '../shared/corpus');
const corpusIt = existsSync(path.join(CORPUS, 'manifest.tsv')) ? it : it.skip;

/** What the general resolver (json-ref-resolver through Spectral's wrapper, no readers) makes of a document. */
async function general(data: unknown): Promise<{ result: unknown; refMap: Record<string, string>; errors: unknown[] }> {
  const r = await new Resolver({ resolvers: {} }).resolve(data, { baseUri: '/x/apiDefinition.swagger.json' });
  return { result: r.result, refMap: r.refMap, errors: r.errors };
}

/**
 * Whether two resolved trees are the same: same keys in the same order, same values, objects shared in the same
 * places, and, where one shares a node with its source document, the other shares the matching node with its own.
 */
function sameTree(a: unknown, b: unknown, sourceA: unknown, sourceB: unknown): string | undefined {
  const written = new Map<object, object>();
  const pair = (x: unknown, y: unknown): void => {
    if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null || written.has(x)) return;
    written.set(x, y);
    for (const k of Object.keys(x)) pair((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]);
  };
  pair(sourceA, sourceB);
  const writtenB = new Set(written.values());
  const seen = new Map<object, object>();
  const walk = (x: unknown, y: unknown, at: string): string | undefined => {
    if (typeof x !== 'object' || x === null) return Object.is(x, y) ? undefined : `${at}: ${String(x)} ≠ ${String(y)}`;
    if (typeof y !== 'object' || y === null) return `${at}: object ≠ ${String(y)}`;
    if (seen.has(x)) return seen.get(x) === y ? undefined : `${at}: shared differently`;
    seen.set(x, y);
    const writtenY = writtenB.has(y);
    if (written.has(x) ? written.get(x) !== y : writtenY) return `${at}: one keeps the written node, the other not`;
    if (Array.isArray(x) !== Array.isArray(y)) return `${at}: array ≠ object`;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.join('\u0000') !== ky.join('\u0000')) return `${at}: keys ${kx.join(',')} ≠ ${ky.join(',')}`;
    for (const k of kx) {
      const problem = walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${at}/${k}`);
      if (problem) return problem;
    }
    return undefined;
  };
  return walk(a, b, '#');
}

async function compare(text: string): Promise<'local' | 'general'> {
  const mine = parseJsonWithPointers(text).data;
  const theirs = parseJsonWithPointers(text).data;
  const before = JSON.stringify(mine);
  const local = resolveLocalRefs(mine);
  if (!local) return 'general';
  expect(JSON.stringify(mine)).toBe(before);
  const expected = await general(theirs);
  expect(expected.errors).toEqual([]);
  expect(local.refMap).toEqual(expected.refMap);
  expect(sameTree(local.result, expected.result, mine, theirs)).toBeUndefined();
  return 'local';
}

const doc = (definitions: object, extra: object = {}): string =>
  JSON.stringify({ swagger: '2.0', info: { title: 't', version: '1' }, paths: {}, definitions, ...extra });

describe('resolveLocalRefs', () => {
  it('resolves like the general resolver: shared definitions, chains, arrays, siblings, odd keys', async () => {
    const cases = [
      doc({
        A: { type: 'object', properties: { b: { $ref: '#/definitions/B' }, c: { $ref: '#/definitions/B' } } },
        B: { type: 'string' },
      }),
      doc({
        A: { $ref: '#/definitions/B' },
        B: { $ref: '#/definitions/C' },
        C: { type: 'object', properties: { x: { type: 'string' } } },
      }),
      doc({
        A: { allOf: [{ $ref: '#/definitions/B' }, { type: 'object' }] },
        B: { properties: { y: { $ref: '#/definitions/C' } } },
        C: { enum: [1, 2] },
      }),
      doc({ A: { $ref: '#/definitions/B', description: 'dropped sibling' }, B: { type: 'integer' } }),
      doc(
        { Task: { properties: { id: { type: 'string' } } } },
        {
          paths: {
            '/tasks/{id}': {
              get: { responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Task' } } } },
              parameters: [{ $ref: '#/parameters/id' }],
            },
          },
          parameters: { id: { name: 'id', in: 'path', required: true, type: 'string' } },
        },
      ),
      doc({ Node: { properties: { children: { type: 'array', items: { $ref: '#/definitions/Node' } } } } }),
      doc({
        A: { properties: { p: { $ref: '#/definitions/B/properties/q' } } },
        B: { properties: { q: { type: 'string' } } },
      }),
      '{"swagger":"2.0","definitions":{"200":{"$ref":"#/definitions/x"},"x":{"type":"string"},"10":{"type":"number"}}}',
      doc({ A: { type: 'string' } }),
    ];
    for (const text of cases) expect(await compare(text)).toBe('local');
  });

  it('leaves cycles, missing targets, encoded pointers and references through references to the general resolver', () => {
    const cases = [
      doc({
        A: { properties: { b: { $ref: '#/definitions/B' } } },
        B: { properties: { a: { $ref: '#/definitions/A' } } },
      }),
      doc({ A: { $ref: '#/definitions/B' }, B: { $ref: '#/definitions/A' } }),
      doc({ A: { $ref: '#/definitions/Missing' } }),
      doc({ A: { $ref: '#/definitions/A%20B' }, 'A B': { type: 'string' } }),
      doc({ A: { $ref: '#/definitions/constructor' } }),
      doc({
        A: { $ref: '#/definitions/B/properties/x' },
        B: { $ref: '#/definitions/C' },
        C: { properties: { x: {} } },
      }),
      doc({ A: { $ref: 'other.json#/definitions/A' } }),
      JSON.stringify({ $ref: '#/definitions/A', definitions: { A: {} } }),
    ];
    for (const text of cases) expect(resolveLocalRefs(parseJsonWithPointers(text).data)).toBeUndefined();
  });

  it('is what GuardedResolver gives Spectral: the resolved tree and a graph holding the reference map', async () => {
    const data = parseJsonWithPointers(
      doc({ A: { properties: { b: { $ref: '#/definitions/B' } } }, B: { type: 'string' } }),
    ).data as { definitions: { B: object } };
    const r = await new GuardedResolver().resolve(data, { baseUri: '/x/apiDefinition.swagger.json' });
    const resolved = r.result as { definitions: { A: { properties: { b: unknown } }; B: object } };
    expect(resolved.definitions.A.properties.b).toBe(resolved.definitions.B);
    expect(resolved.definitions.B).toBe(data.definitions.B);
    expect(r.errors).toEqual([]);
    const refMap = { '#/definitions/A/properties/b': '#/definitions/B' };
    expect(r.refMap).toEqual(refMap);
    expect((r.graph.getNodeData('/x/apiDefinition.swagger.json') as { refMap: object }).refMap).toEqual(refMap);
  });

  corpusIt(
    'gives what the general resolver gives on every fourth corpus definition it takes',
    async () => {
      // A quarter keeps the unit suite quick; `PPC_LOCAL_REFS_ALL=1` compares all of them.
      const step = process.env.PPC_LOCAL_REFS_ALL ? 1 : 4;
      let local = 0;
      let total = 0;
      let index = 0;
      for (const group of ['certified-connectors', 'independent-publisher-connectors']) {
        for (const name of readdirSync(path.join(CORPUS, group))) {
          if (index++ % step !== 0) continue;
          const dir = path.join(CORPUS, group, name);
          const file = readdirSync(dir).find((f) => /^apiDefinition.*\.json$/i.test(f));
          if (!file) continue;
          const text = readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, '');
          if (parseJsonWithPointers(text).diagnostics.length > 0) continue;
          total++;
          if ((await compare(text)) === 'local') local++;
        }
      }
      // Most real definitions take the fast path (the rest are still resolved, by the general resolver).
      expect(local / total).toBeGreaterThan(0.9);
    },
    300_000,
  );
});
