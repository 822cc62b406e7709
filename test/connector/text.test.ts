import { positionAt, strictJsonParseError } from '../../src/connector/text';

/** Line and character by counting line feeds before the offset: the definition positionAt must agree with. */
function counted(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length - 1;
  return { line, character: Math.max(0, offset - (before.lastIndexOf('\n') + 1)) };
}

describe('positionAt', () => {
  const texts = ['', '\n', 'a', 'a\nb', '\n\n\nabc\n', 'x\r\ny\n\nz', '{\n  "a": 1\n}\n'];

  it.each(texts)('agrees with counting line feeds at every offset of %j, before and past its end', (text) => {
    for (let offset = -2; offset <= text.length + 3; offset++)
      expect([offset, positionAt(text, offset)]).toEqual([offset, counted(text, offset)]);
  });

  it('answers for the right text when asked about two texts in turn', () => {
    expect(positionAt('a\nb\nc', 4)).toEqual({ line: 2, character: 0 });
    expect(positionAt('abcd', 4)).toEqual({ line: 0, character: 4 });
    expect(positionAt('a\nb\nc', 4)).toEqual({ line: 2, character: 0 });
  });

  it('stays fast on a large file asked about many offsets', () => {
    const text = 'x\n'.repeat(200_000);
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) positionAt(text, (i * 37) % text.length);
    // Linear per call this would take minutes; indexed it takes milliseconds (a generous bound for slow machines).
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('strictJsonParseError', () => {
  it('gives JSON.parse’s error, or undefined for strict JSON, and the same answer when asked again', () => {
    const texts = ['{"a": 1}', '{"a": 1,}', '// c\n{}', '\ufeff{}', '{"a":\u2003 1}', '[]', ''];
    const expected = texts.map((t) => {
      try {
        JSON.parse(t);
        return undefined;
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(texts.map(strictJsonParseError)).toEqual(expected);
    expect(expected.filter((e) => e === undefined)).toHaveLength(2);
    // Asked again in reverse order: remembered answers and fresh ones agree.
    expect([...texts].reverse().map(strictJsonParseError)).toEqual([...expected].reverse());
  });
});
