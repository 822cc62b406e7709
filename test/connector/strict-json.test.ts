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
