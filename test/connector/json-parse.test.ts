import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isOrderedObject } from '@stoplight/ordered-object-literal';
import { Json, type JsonParserResult } from '@stoplight/spectral-parsers';
import { parseJsonWithPointers } from '../../src/connector/json-parse';
import { fixText, isStrictJson } from '../../src/fix/text';
import { corpusFolders } from '../helpers/corpus';

/** The tree without its parent links (a cycle), every field in a fixed order. */
function astText(node: unknown): string {
  return JSON.stringify(node, (key, value: unknown) => (key === 'parent' ? undefined : value));
}

/** Everything Spectral reads from a parse, keys in the order a rule would iterate them. */
function comparable(result: JsonParserResult<unknown>): unknown {
  return {
    data: JSON.stringify(result.data),
    diagnostics: result.diagnostics,
    ast: astText(result.ast),
    lineMap: result.lineMap,
  };
}

const expectSameAsSpectral = (text: string): void => {
  expect(comparable(parseJsonWithPointers(text))).toEqual(comparable(Json.parse(text)));
};

const files = corpusFolders()
  .filter((_, i) => i % 10 === 0)
  .flatMap((dir) => ['apiDefinition.swagger.json', 'apiProperties.json'].map((f) => path.join(dir, f)))
  .filter((f) => existsSync(f));

describe('parseJsonWithPointers gives what Spectral’s JSON parser gives', () => {
  it.each([
    ['an ordinary document', '{\n  "swagger": "2.0",\n  "info": { "title": "T", "version": "1.0" },\n  "paths": {}\n}'],
    [
      'responses written default first',
      '{"responses": {"default": {"d": 1}, "400": {}, "200": {"a": [1, {"b": null}]}}}',
    ],
    ['index keys already in order', '{"200": 1, "404": 2, "x": true}'],
    ['index keys out of order at the top', '{"x": 1, "3": 2, "1": 3}'],
    ['a repeated key (last wins, moves to the end)', '{"a": 1, "b": 2, "a": 3}'],
    ['a repeated key in an array of objects', '{"list": [{"k": 1}, {"k": 2, "k": 3, "j": {"k": 4, "k": 5}}]}'],
    ['a repeated index key', '{"200": 1, "default": 2, "200": 3}'],
    ['a trailing comma', '{"a": [1, 2,], "b": 1,}'],
    ['comments', '{\n  // a comment\n  "a": 1 /* another */\n}'],
    ['a value after a nested object', '{"a": {"b": 1} 2}'],
    ['a missing colon', '{"a" 1, "b": 2}'],
    ['an unterminated document', '{"a": [1, {"b": "c'],
    ['bare commas', '[,,,]'],
    ['an empty text', ''],
    ['a scalar', '"text"'],
    ['a Unicode space between tokens', '{\n\u2003"a": 1\n}'],
    ['windows line ends', '{\r\n  "a": 1,\r\n  "a": 2\r\n}'],
    [
      'keys named like Object.prototype members',
      '{"constructor": {"toString": 1}, "hasOwnProperty": [], "valueOf": 2}',
    ],
  ])('%s', (_, text) => expectSameAsSpectral(text));

  (files.length > 0 ? it : it.skip)(
    `on ${files.length} corpus files`,
    () => {
      for (const file of files) {
        const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
        expect({ file, parsed: comparable(parseJsonWithPointers(text)) }).toEqual({
          file,
          parsed: comparable(Json.parse(text)),
        });
      }
    },
    120_000,
  );
});

describe('the parse tree serves the fixers', () => {
  /** The tree as the fixers read it: node kinds, offsets, lengths, values and children (no ranges, no parents). */
  const fixerView = (node: unknown): string =>
    JSON.stringify(node, (key, value: unknown) => (key === 'parent' || key === 'range' ? undefined : value));

  const strict = files.filter((f) => isStrictJson(readFileSync(f, 'utf8')));
  (strict.length > 0 ? it : it.skip)(`on ${strict.length} strict corpus files, the same tree as a strict parse`, () => {
    for (const file of strict) {
      const text = readFileSync(file, 'utf8');
      expect({ file, tree: fixerView(parseJsonWithPointers(text).ast) }).toEqual({
        file,
        tree: fixerView(fixText(text).tree),
      });
    }
  });
});

describe('parseJsonWithPointers differs where it is meant to', () => {
  it('keeps objects plain unless their written key order needs the ordered proxy', () => {
    const { data } = parseJsonWithPointers(
      '{"a": {"x": 1}, "r": {"default": 1, "200": 2}, "s": {"200": 1, "y": 2}}',
    ) as {
      data: Record<string, Record<string, unknown>>;
    };
    expect(isOrderedObject(data)).toBe(false);
    expect(isOrderedObject(data.a)).toBe(false);
    expect(isOrderedObject(data.s)).toBe(false);
    expect(isOrderedObject(data.r)).toBe(true);
    expect(Object.keys(data.r)).toEqual(['default', '200']);
    // Spectral's parser wraps every object.
    expect(
      isOrderedObject((Json.parse('{"a": {"x": 1}}').data as Record<string, unknown>).a as Record<string, unknown>),
    ).toBe(true);
  });

  it('keeps a __proto__ key as an own key, with no prototype change', () => {
    const { data } = parseJsonWithPointers('{"__proto__": {"polluted": 1}, "b": 2}') as {
      data: Record<string, unknown>;
    };
    expect(Object.keys(data)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect((data as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('reports every repeated key of a 100,000-key object (linear, where the original scans a list per key)', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `"k${i % 99_990}": ${i}`);
    const { diagnostics, data } = parseJsonWithPointers(`{"paths": {${keys.join(',')}}}`);
    const repeated = diagnostics.filter((d) => d.message === 'DuplicateKey');
    expect(repeated).toHaveLength(10);
    expect(repeated[0].path).toEqual(['paths', 'k0']);
    expect((data as { paths: Record<string, number> }).paths.k0).toBe(99_990);
  });
});
