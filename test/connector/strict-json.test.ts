import { parseJsonWithPointers } from '../../src/connector/json-parse';
import { lintFolderRule } from '../helpers/lint';

describe('ppc-json-valid beyond the tolerant parser', () => {
  it('locates a Unicode space between tokens that strict JSON parsers reject', async () => {
    const text = '{\n    "properties": {\n        "iconBrandColor": "#0f6cbd"\n\u2003\u2003}\n}\n';
    const results = await lintFolderRule('ppc-json-valid', { 'apiProperties.json': text });
    expect(results).toHaveLength(1);
    expect(results[0].range.start).toEqual({ line: 3, character: 0 });
    expect(results[0].message).toContain('U+2003 is not JSON whitespace');
  });

  it('accepts a Unicode space inside a string', async () => {
    const text = '{\n    "properties": {\n        "publisher": "Contoso\u2003Ltd"\n    }\n}\n';
    expect(await lintFolderRule('ppc-json-valid', { 'apiProperties.json': text })).toEqual([]);
  });
});

/** Whether `JSON.parse` accepts a text: what the tolerant parse's proof must never contradict. */
function strictParses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('the tolerant parse proves strict JSON only when JSON.parse agrees', () => {
  const proves = (text: string): boolean => parseJsonWithPointers(text).strictJson;

  it('proves ordinary documents, Unicode and escapes in strings included', () => {
    for (const text of [
      '{"a": 1}',
      '{\r\n\t"a": [1, -0.5, 2e10, 3E-2, true, false, null, "x"]\r\n}',
      '{"s": "é \\u2003 \\n \\" \\\\ \\/ \\b \\f \\r \\t", "\u00e9": {}}',
      '{"lone": "\ud800 \udc00 \\ud800"}',
      '42',
      '"text"',
      '[]',
    ]) {
      expect({ text, proves: proves(text), parses: strictParses(text) }).toEqual({ text, proves: true, parses: true });
    }
  });

  // Each class where jsonc-parser and JSON.parse differ, or might: none may be proven strict.
  const notProven: Array<[string, string]> = [
    ['a line comment', '{"a": 1} // note'],
    ['a block comment', '{/* note */"a": 1}'],
    ['an unterminated comment', '{"a": 1} /* note'],
    ['a trailing comma in an object', '{"a": 1,}'],
    ['a trailing comma in an array', '[1,]'],
    ['a leading comma', '[,1]'],
    ['a missing comma', '[1 2]'],
    ['an em space between tokens', '{"a":\u20031}'],
    ['a no-break space between tokens', '{"a":\u00a01}'],
    ['a zero-width space between tokens', '{"a":\u200b1}'],
    ['a vertical tab between tokens', '{"a":\u000b1}'],
    ['a form feed between tokens', '{"a":\u000c1}'],
    ['a line separator between tokens', '{"a":\u20281}'],
    ['a paragraph separator between tokens', '{"a":\u20291}'],
    ['an ideographic space between tokens', '{"a":\u30001}'],
    ['a byte-order mark before the value', '\ufeff{"a": 1}'],
    ['a byte-order mark between tokens', '{"a":\ufeff1}'],
    ['a raw tab in a string', '{"a": "x\ty"}'],
    ['a raw control character in a string', '{"a": "x\u0001y"}'],
    ['a raw line feed in a string', '{"a": "x\ny"}'],
    ['an invalid escape', '{"a": "\\x41"}'],
    ['a short Unicode escape', '{"a": "\\u41"}'],
    ['an unterminated string', '{"a": "x'],
    ['a lone surrogate outside strings', '{"a":\ud8001}'],
    ['NaN', '{"a": NaN}'],
    ['Infinity', '{"a": -Infinity}'],
    ['single quotes', "{'a': 1}"],
    ['an unquoted key', '{a: 1}'],
    ['a leading zero', '{"a": 01}'],
    ['a leading plus', '{"a": +1}'],
    ['a bare fraction', '{"a": .5}'],
    ['a trailing dot', '{"a": 1.}'],
    ['an empty exponent', '{"a": 1e}'],
    ['a hexadecimal number', '{"a": 0x10}'],
    ['a lone minus', '{"a": -}'],
    ['a misspelt literal', '{"a": True}'],
    ['data after the value', '{"a": 1} {}'],
    ['no value', ''],
    ['whitespace only', ' \n'],
    ['an unclosed object', '{"a": 1'],
  ];
  it.each(notProven)('does not prove %s', (_, text) => {
    expect(proves(text)).toBe(false);
  });

  it('leaves duplicate keys and odd spaces inside strings to JSON.parse (not proven, though strict)', () => {
    expect(proves('{"a": 1, "a": 2}')).toBe(false);
    expect(proves('{"a": "x\u00a0y"}')).toBe(false);
    expect(proves('{"a": "x\u2028y"}')).toBe(false);
  });

  it('never proves a text JSON.parse rejects, whatever is inserted where', () => {
    const base = '{\n  "a": [1, -2.5e3, "x\\"y"],\n  "b": {"c": true, "d": null}\n}\n';
    expect(proves(base)).toBe(true);
    const inserts = [
      '/',
      '//',
      '/*',
      '*/',
      ',',
      '\u2003',
      '\u00a0',
      '\ufeff',
      '\u000b',
      '\u2028',
      '\t',
      '\u0001',
      '\\',
      '"',
      '0',
      '.',
      'e',
      '-',
      '+',
      'N',
      '\ud800',
    ];
    for (let at = 0; at <= base.length; at++) {
      for (const insert of inserts) {
        const text = base.slice(0, at) + insert + base.slice(at);
        if (proves(text)) expect({ text, parses: strictParses(text) }).toEqual({ text, parses: true });
      }
    }
  });
});

describe('ppc-json-valid without the second parse', () => {
  it('still reports a comment, which the tolerant parser skips silently', async () => {
    const text = '{\n    "properties": {} // none yet\n}\n';
    const results = await lintFolderRule('ppc-json-valid', { 'apiProperties.json': text });
    expect(results.map((r) => r.range.start)).toEqual([{ line: 1, character: 21 }]);
    expect(results[0].message).toMatch(
      /^apiProperties\.json is not valid JSON: Expected ',' or '}' after property value/,
    );
  });
});
