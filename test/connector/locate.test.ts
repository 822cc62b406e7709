import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { getLocationForJsonPath, type IJsonASTNode } from '@stoplight/json';
import { parseJsonWithPointers } from '../../src/connector/json-parse';
import { locateJsonPath } from '../../src/connector/locate';
import { ROOT } from '../helpers/lint';

/** Every path in a tree, plus paths that leave it (a missing key, an index past the end, a key under a value). */
function pathsOf(root: IJsonASTNode): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  const walk = (node: IJsonASTNode, at: Array<string | number>): void => {
    out.push(at, [...at, 'missing'], [...at, 99_999], [...at, '0']);
    if (node.type === 'object')
      for (const p of node.children ?? []) {
        const [key, value] = p.children ?? [];
        if (key && value) walk(value, [...at, String(key.value)]);
      }
    if (node.type === 'array') (node.children ?? []).forEach((c, i) => walk(c, [...at, i]));
  };
  walk(root, []);
  return out;
}

/** Compares every lookup in `text` with @stoplight/json's; returns how many were compared. */
function expectSameAsSpectral(text: string): number {
  const parsed = parseJsonWithPointers(text);
  const differ: unknown[] = [];
  let compared = 0;
  for (const at of pathsOf(parsed.ast))
    for (const closest of [false, true]) {
      const ours = JSON.stringify(locateJsonPath(parsed, at, closest));
      const theirs = JSON.stringify(getLocationForJsonPath(parsed, at, closest));
      if (ours !== theirs && differ.length < 5) differ.push({ at, closest, ours, theirs });
      compared++;
    }
  expect(differ).toEqual([]);
  return compared;
}

describe("locateJsonPath: Spectral's location lookup, with an index for large objects", () => {
  it('finds what @stoplight/json finds, quirks included, on small and large objects', () => {
    const keys = ['', '0', '01', '1e2', '-1', 'a', '__proto__', 'constructor', 'a/b', '~'];
    const small = Object.fromEntries(keys.map((k) => [k, { v: [1, { w: k }] }]));
    const large: Record<string, unknown> = { ...small };
    for (let i = 0; i < 40; i++) large[`k${i}`] = [i, { x: i }];
    // A duplicate key: the first one is found, in a scan and in the index alike.
    const dup = (o: object): string => JSON.stringify(o).replace(/^\{/, '{"a": "first",');
    expect(expectSameAsSpectral(dup(small))).toBeGreaterThan(100);
    expect(expectSameAsSpectral(dup(large))).toBeGreaterThan(500);
    expect(expectSameAsSpectral(JSON.stringify([small, large, [], {}], null, 2))).toBeGreaterThan(500);
  });

  const corpus = path.join(ROOT, '../shared/corpus/certified-connectors');
  (existsSync(corpus) ? it : it.skip)('finds what @stoplight/json finds in real definitions', () => {
    const folders = readdirSync(corpus)
      .sort()
      .filter((_, i) => i % 60 === 0);
    let compared = 0;
    for (const folder of folders) {
      const file = path.join(corpus, folder, 'apiDefinition.swagger.json');
      // @stoplight/json's lookup scans: every path of a large definition would take it seconds.
      if (existsSync(file) && statSync(file).size < 150_000)
        compared += expectSameAsSpectral(readFileSync(file, 'utf8'));
    }
    expect(compared).toBeGreaterThan(5_000);
  });
});
