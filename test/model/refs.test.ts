import { followRef, nodeAt, refToPath } from '../../src/model/refs';

describe('refToPath', () => {
  it('decodes JSON pointer escapes and percent-encoding', () => {
    expect(refToPath('#/a/b~1c/d~0e')).toEqual(['a', 'b/c', 'd~e']);
    expect(refToPath('#/definitions/My%20Type')).toEqual(['definitions', 'My Type']);
    expect(refToPath('#')).toEqual([]);
  });
  it('gives undefined for remote, malformed and non-string references', () => {
    expect(refToPath('other.json#/a')).toBeUndefined();
    expect(refToPath('#/bad/%E0%A4%A')).toBeUndefined();
    expect(refToPath(42)).toBeUndefined();
  });
});

describe('nodeAt', () => {
  it('reads own properties and array indexes only', () => {
    const doc = { a: { b: [10, 20] } };
    expect(nodeAt(doc, ['a', 'b', 1])).toBe(20);
    expect(nodeAt(doc, ['a', 'b', '1'])).toBe(20);
    expect(nodeAt(doc, ['a', 'constructor'])).toBeUndefined();
    expect(nodeAt(doc, ['a', '__proto__'])).toBeUndefined();
    expect(nodeAt(doc, ['a', 'b', 'length'])).toBeUndefined();
    expect(nodeAt(null, ['a'])).toBeUndefined();
  });
});

describe('followRef', () => {
  it('returns a non-reference value as is', () => {
    const value = { type: 'string' };
    expect(followRef({}, value, ['x'])).toEqual({
      node: value,
      path: ['x'],
      viaRef: false,
      local: true,
      cycle: false,
      broken: false,
    });
  });

  it('follows a chain of local references to where the target is written', () => {
    const doc = { definitions: { A: { $ref: '#/definitions/B' }, B: { type: 'object' } } };
    const r = followRef(doc, { $ref: '#/definitions/A' }, ['paths', '/x', 'get', 'responses', '200', 'schema']);
    expect(r).toEqual({
      node: doc.definitions.B,
      path: ['definitions', 'B'],
      viaRef: true,
      local: true,
      cycle: false,
      broken: false,
    });
  });

  it('reports a broken local pointer', () => {
    const r = followRef({ definitions: {} }, { $ref: '#/definitions/Missing' }, ['p']);
    expect(r).toMatchObject({ node: undefined, viaRef: true, broken: true, cycle: false, local: true });
  });

  it('reports a remote reference as not local and does not fetch it', () => {
    const r = followRef({}, { $ref: 'https://example.com/schema.json#/A' }, ['p']);
    expect(r).toMatchObject({ node: undefined, path: ['p'], viaRef: true, local: false, broken: false, cycle: false });
  });

  it('detects a cycle, including a chain that runs into one', () => {
    const doc = {
      definitions: { A: { $ref: '#/definitions/B' }, B: { $ref: '#/definitions/A' }, C: { $ref: '#/definitions/A' } },
    };
    expect(followRef(doc, { $ref: '#/definitions/A' }, ['p'])).toMatchObject({
      node: undefined,
      cycle: true,
      broken: false,
    });
    expect(followRef(doc, { $ref: '#/definitions/C' }, ['q'])).toMatchObject({ node: undefined, cycle: true });
    const self = { definitions: { S: { $ref: '#/definitions/S' } } };
    expect(followRef(self, self.definitions.S, ['definitions', 'S'])).toMatchObject({ cycle: true });
  });

  it('treats a non-string $ref as broken', () => {
    expect(followRef({}, { $ref: 5 }, ['p'])).toMatchObject({ node: undefined, broken: true, viaRef: true });
  });

  it('does not resolve through inherited properties', () => {
    expect(followRef({}, { $ref: '#/constructor' }, ['p'])).toMatchObject({ node: undefined, broken: true });
    expect(followRef({ a: {} }, { $ref: '#/a/__proto__' }, ['p'])).toMatchObject({ node: undefined, broken: true });
  });

  it('resolves a chain of 10,000 references in linear time, and every link of it', () => {
    const N = 10_000;
    const definitions: Record<string, unknown> = {};
    for (let i = 0; i < N; i++) definitions[`D${i}`] = { $ref: `#/definitions/D${i + 1}` };
    definitions[`D${N}`] = { type: 'string' };
    const doc = { definitions };
    const start = Date.now();
    const targets = new Set<string>();
    for (let i = 0; i < N; i++)
      targets.add(String(followRef(doc, { $ref: `#/definitions/D${i}` }, ['x']).path.join('/')));
    expect(Date.now() - start).toBeLessThan(10_000);
    expect([...targets]).toEqual([`definitions/D${N}`]);
  });

  it('resolves a cyclic chain of 10,000 references without recursion', () => {
    const N = 10_000;
    const definitions: Record<string, unknown> = {};
    for (let i = 0; i < N; i++) definitions[`D${i}`] = { $ref: `#/definitions/D${(i + 1) % N}` };
    expect(followRef({ definitions }, { $ref: '#/definitions/D0' }, ['x'])).toMatchObject({
      cycle: true,
      node: undefined,
    });
  });
});
