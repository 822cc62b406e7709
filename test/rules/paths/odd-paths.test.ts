import { validSwagger } from '../../helpers/lint';
import { pathsRules } from '../../../src/rules/paths';
import { messagesByRule } from '../../helpers/odd';

const ids = pathsRules.map((r) => r.id);

/** Lint with every path rule; a thrown function would reject the promise. */
const lintAll = (doc: unknown) => messagesByRule(ids, doc);

describe('path rules on odd `paths` values', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['an array of path items', [{ get: { operationId: 'X', responses: {} } }]],
    ['a string', '/tasks'],
    ['a number', 42],
  ])('paths as %s: no crash, no finding', async (_label, paths) => {
    const doc = validSwagger();
    doc.paths = paths;
    const results = await lintAll(doc);
    for (const id of ids) expect({ id, messages: results[id] }).toEqual({ id, messages: [] });
  });

  it('paths missing altogether: no crash', async () => {
    const doc = validSwagger();
    delete doc.paths;
    await expect(lintAll(doc)).resolves.toBeDefined();
  });

  it('path items that are strings, null, arrays or numbers: only the key rules look at them', async () => {
    const doc = validSwagger();
    doc.paths['/as-string'] = 'not a path item';
    doc.paths['/as-null'] = null;
    doc.paths['/as-array'] = [{ get: {} }];
    doc.paths['/as-number/{id}'] = 7;
    doc.paths['no-slash'] = 'x';
    const results = await lintAll(doc);
    expect(results['ppc-path-starts-slash']).toHaveLength(1);
    for (const id of ids.filter((i) => i !== 'ppc-path-starts-slash'))
      expect({ id, messages: results[id] }).toEqual({ id, messages: [] });
  });

  it('a very long key with many braces is handled quickly and its message is cut', async () => {
    const doc = validSwagger();
    const key = `/${'{a}/'.repeat(2000)}{${'x'.repeat(5000)}`;
    doc.paths[key] = { get: { operationId: 'Long', responses: {} } };
    const started = Date.now();
    const results = await lintAll(doc);
    expect(Date.now() - started).toBeLessThan(10000);
    const [message] = results['ppc-path-template-segments'];
    expect(message).toMatch(/^Path "\/\{a\}/);
    expect(message.length).toBeLessThan(600);
  });
});
