import { lintRule, validSwagger } from '../../helpers/lint';

const ids = ['ppc-operation-params-unique', 'ppc-path-params-declared'];

async function lintBoth(doc: unknown): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const id of ids) out[id] = (await lintRule(id, doc)).map((r) => r.message);
  return out;
}

describe('parameter rules on odd `parameters` values', () => {
  it.each([
    ['an object', { taskId: { name: 'taskId', in: 'path' } }],
    ['a string', 'taskId'],
    ['null', null],
    ['a number', 1],
  ])('operation parameters as %s: no crash; the path variable counts as undeclared', async (_label, parameters) => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.parameters = parameters;
    const results = await lintBoth(doc);
    expect(results['ppc-operation-params-unique']).toEqual([]);
    expect(results['ppc-path-params-declared']).toEqual([
      expect.stringContaining('Operation "GetTask" (GET /tasks/{taskId}) has no "in: path" parameter for "{taskId}"'),
    ]);
  });

  it.each([
    ['an object', { a: 1 }],
    ['a string', 'x'],
    ['null', null],
  ])('path-item parameters as %s: no crash, no finding', async (_label, parameters) => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].parameters = parameters;
    expect(await lintBoth(doc)).toEqual({ 'ppc-operation-params-unique': [], 'ppc-path-params-declared': [] });
  });

  it('entries that are null, strings, arrays, or lack name/in are skipped', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters.push(
      null,
      'status',
      [1],
      { in: 'query' },
      { name: 'status' },
      { name: 7, in: 'query' },
      { name: 'x', in: ['path'] },
    );
    expect(await lintBoth(doc)).toEqual({ 'ppc-operation-params-unique': [], 'ppc-path-params-declared': [] });
  });

  it('unresolvable, remote, malformed and cyclic $refs do not crash', async () => {
    const doc = validSwagger();
    doc.parameters.LoopA = { $ref: '#/parameters/LoopB' };
    doc.parameters.LoopB = { $ref: '#/parameters/LoopA' };
    doc.parameters.Self = { $ref: '#/parameters/Self' };
    doc.paths['/tasks'].get.parameters.push(
      { $ref: '#/parameters/Missing' },
      { $ref: 'other.json#/parameters/TaskId' },
      { $ref: '#/parameters/%E0%A4%A' },
      { $ref: '#/parameters/LoopA' },
      { $ref: '#/parameters/Self' },
      { $ref: 42 },
      { $ref: '#/parameters/Missing' },
    );
    expect(await lintBoth(doc)).toEqual({ 'ppc-operation-params-unique': [], 'ppc-path-params-declared': [] });
  });

  it('a $ref chain to a path parameter is followed', async () => {
    const doc = validSwagger();
    doc.parameters.TaskIdAlias = { $ref: '#/parameters/TaskId' };
    doc.paths['/tasks/{taskId}'].get.parameters = [{ $ref: '#/parameters/TaskIdAlias' }];
    expect(await lintBoth(doc)).toEqual({ 'ppc-operation-params-unique': [], 'ppc-path-params-declared': [] });
  });
});
