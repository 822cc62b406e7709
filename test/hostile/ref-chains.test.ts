import { lintConnector } from '../../src/lint';
import { GuardedResolver, MAX_REF_CHAIN, unresolvableRefs } from '../../src/resolver';
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
