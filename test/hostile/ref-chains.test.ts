import { lintConnector } from '../../src/lint';
import { GuardedResolver, MAX_ADDED_NODES, MAX_REF_CHAIN, resolvedSize, unresolvableRefs } from '../../src/resolver';
import { Folders } from './helpers';

jest.setTimeout(120_000);

const folders = new Folders();
afterAll(() => folders.cleanup());

/** Definitions D0 → D1 → … → Dn-1 → Task: a chain of n local references. */
function chain(d: Record<string, any>, n: number): void {
  for (let i = 0; i < n; i++)
    d.definitions[`D${i}`] = { $ref: i === n - 1 ? '#/definitions/Task' : `#/definitions/D${i + 1}` };
  d.paths['/tasks/{taskId}'].get.responses['200'].schema = { $ref: '#/definitions/D0' };
}

describe('unresolvableRefs', () => {
  it('accepts chains up to the limit, cycles and ordinary references', () => {
    const data: Record<string, any> = {
      definitions: { A: { $ref: '#/definitions/B' }, B: { $ref: '#/definitions/A' } },
    };
    for (let i = 0; i < MAX_REF_CHAIN; i++)
      data.definitions[`C${i}`] = { $ref: i === MAX_REF_CHAIN - 1 ? '#/definitions/X' : `#/definitions/C${i + 1}` };
    data.definitions.X = { type: 'string' };
    expect(unresolvableRefs(data)).toBeUndefined();
  });

  it('names the start of a chain over the limit, in linear time', () => {
    const data: Record<string, any> = { paths: { '/x': { $ref: '#/definitions/C0' } }, definitions: {} };
    const n = 100_000;
    for (let i = 0; i < n; i++) data.definitions[`C${i}`] = { $ref: `#/definitions/C${i + 1}` };
    data.definitions[`C${n}`] = { type: 'string' };
    const started = performance.now();
    const problem = unresolvableRefs(data);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(problem?.path).toEqual(['paths', '/x']);
    expect(problem?.message).toMatch(/more than 50 references long/);
  });

  it('names an object with a key "hasOwnProperty"', () => {
    const problem = unresolvableRefs({ a: [{ b: { hasOwnProperty: 1 } }] });
    expect(problem?.path).toEqual(['a', 0, 'b']);
    expect(problem?.message).toContain('the object at "#/a/0/b", which has a key named "hasOwnProperty"');
  });
});

/** Definitions D0 … Dn-1 that each refer twice to the next one (allOf): the resolved tree doubles at each level. */
function doubling(d: Record<string, any>, n: number): void {
  for (let i = 0; i < n; i++)
    d.definitions[`D${i}`] = { allOf: [{ $ref: `#/definitions/D${i + 1}` }, { $ref: `#/definitions/D${i + 1}` }] };
  d.definitions[`D${n}`] = { type: 'object' };
  d.paths['/tasks/{taskId}'].get.responses['200'].schema = { $ref: '#/definitions/D0' };
}

describe('resolvedSize', () => {
  it('counts each reference as its target, and a reference on a cycle as one value', () => {
    const target = { type: 'object', properties: { a: { type: 'string' } } }; // 5 values with itself
    expect(resolvedSize({ x: target }, 1e9)).toBe(1 + 5);
    expect(resolvedSize({ x: target, y: { $ref: '#/x' }, z: [{ $ref: '#/x' }] }, 1e9)).toBe(1 + 5 + 5 + 1 + 5);
    expect(resolvedSize({ a: { $ref: '#/b' }, b: { $ref: '#/a' } }, 1e9)).toBeLessThan(10);
    expect(resolvedSize({ a: { $ref: '#/missing' }, b: { $ref: 'https://example.com/x' } }, 1e9)).toBe(3);
  });

  it('grows with the tree the resolver would build, capped, in linear time', () => {
    const d: Record<string, any> = {
      definitions: {},
      paths: { '/tasks/{taskId}': { get: { responses: { '200': {} } } } },
    };
    doubling(d, 10);
    const ten = resolvedSize(d, 1e9);
    doubling(d, 11);
    expect(resolvedSize(d, 1e9)).toBeGreaterThan(1.9 * ten);
    doubling(d, 2_000);
    const started = performance.now();
    expect(resolvedSize(d, 1e6)).toBe(1e6 + 1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('GuardedResolver', () => {
  it('resolves local references as Spectral does', async () => {
    const data = { definitions: { A: { $ref: '#/definitions/B' }, B: { type: 'string' } } };
    const resolved = await new GuardedResolver().resolve(data, { baseUri: '/v/a.json' });
    expect(resolved.result).toEqual({ definitions: { A: { type: 'string' }, B: { type: 'string' } } });
    expect(resolved.errors).toEqual([]);
  });

  it('leaves a document it cannot handle unresolved, with one error', async () => {
    const data = { definitions: { A: { $ref: '#/definitions/B' }, B: { hasOwnProperty: 'x' } } };
    const resolved = await new GuardedResolver().resolve(data, { baseUri: '/v/a.json' });
    expect(resolved.result).toBe(data);
    expect(resolved.errors).toHaveLength(1);
    expect(resolved.errors[0].path).toEqual(['definitions', 'B']);
  });
});

describe('a long $ref chain in a connector', () => {
  it.each([
    [3_000, true],
    [20, false],
  ])('a chain of %i references: the rules run, unresolved when too long', async (n, tooLong) => {
    const dir = folders.swagger((d) => chain(d, n));
    const started = performance.now();
    const { diagnostics } = await lintConnector(dir);
    expect(performance.now() - started).toBeLessThan(60_000);
    const unresolved = diagnostics.filter((d) => d.message.startsWith('References were not resolved'));
    expect(unresolved.length).toBe(tooLong ? 1 : 0);
    if (tooLong)
      expect(unresolved[0].path.slice(0, 5)).toEqual(['paths', '/tasks/{taskId}', 'get', 'responses', '200']);
    expect(diagnostics.some((d) => d.code === 'ppc-lint-failed')).toBe(false);
    // Spectral's rules and ours still report on the document.
    expect(diagnostics.some((d) => String(d.code).startsWith('ppc-'))).toBe(true);
  });
});

describe('references that multiply the document when resolved', () => {
  it.each([
    [30, true],
    [8, false],
  ])(
    '%i levels of definitions referring twice to the next: the rules run, unresolved when too many',
    async (n, tooMany) => {
      const dir = folders.swagger((d) => doubling(d, n));
      const started = performance.now();
      const { diagnostics } = await lintConnector(dir);
      expect(performance.now() - started).toBeLessThan(60_000);
      const unresolved = diagnostics.filter((d) => d.message.startsWith('References were not resolved'));
      expect(unresolved.length).toBe(tooMany ? 1 : 0);
      if (tooMany)
        expect(unresolved[0].message).toContain(
          `would add more than ${MAX_ADDED_NODES.toLocaleString('en-US')} values`,
        );
      expect(diagnostics.some((d) => d.code === 'ppc-lint-failed' || d.code === 'ppc-rule-timeout')).toBe(false);
      expect(diagnostics.some((d) => String(d.code).startsWith('ppc-'))).toBe(true);
    },
  );

  it('leaves ordinary sharing alone: a thousand references to one definition', () => {
    const d: Record<string, any> = { definitions: { Big: { type: 'object', properties: {} } }, paths: {} };
    for (let i = 0; i < 100; i++) d.definitions.Big.properties[`p${i}`] = { type: 'string', description: 'x' };
    for (let i = 0; i < 1000; i++)
      d.paths[`/p${i}`] = { get: { responses: { '200': { schema: { $ref: '#/definitions/Big' } } } } };
    expect(unresolvableRefs(d)).toBeUndefined();
  });
});

describe('a key named hasOwnProperty in a connector', () => {
  it('is located at its object, and every rule still runs', async () => {
    const dir = folders.swagger((d) => (d.definitions.Task.properties.hasOwnProperty = { type: 'string' }));
    const { diagnostics } = await lintConnector(dir);
    const unresolved = diagnostics.filter((d) => d.message.startsWith('References were not resolved'));
    expect(unresolved).toHaveLength(1);
    expect(unresolved[0].path).toEqual(['definitions', 'Task', 'properties', '$ref']);
    expect(unresolved[0].range.start.line).toBeGreaterThan(100);
    expect(diagnostics.some((d) => d.code === 'ppc-lint-failed')).toBe(false);
  });
});
