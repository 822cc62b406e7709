import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('operationId rules', () => {
  it('ppc-operation-id-required reports a missing or blank operationId, hidden operations included', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].get.operationId;
    doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
    doc.paths['/tasks'].post.operationId = '  ';
    const results = await lintRule('ppc-operation-id-required', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ code: 'ppc-operation-id-required', severity: SEVERITY.error, path: ['paths', '/tasks', 'get'] });
    expect(results[0]!.message).toBe(
      'Operation GET /tasks has no operationId; add a unique PascalCase operationId such as "GetTask" (Microsoft rejects operations without one).',
    );
    expect(results[1]).toMatchObject({ path: ['paths', '/tasks', 'post', 'operationId'] });
    expect(results[1]!.message).toContain('POST /tasks has an empty operationId');
    expect(lineOf(results[1]!)).toBe(lineContaining(text(doc), '"operationId": "  "'));
  });

  it('ppc-operation-id-required reports a non-string operationId', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.operationId = 42;
    const [finding] = await lintRule('ppc-operation-id-required', doc);
    expect(finding!.message).toContain('has a non-string operationId (number)');
  });

  it('ppc-operation-id-unique reports the later duplicate and names the first', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.operationId = 'ListTasks';
    const results = await lintRule('ppc-operation-id-unique', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks/{taskId}', 'delete', 'operationId'] });
    expect(results[0]!.message).toBe(
      'operationId "ListTasks" of DELETE /tasks/{taskId} is already the operationId of GET /tasks; give each operation its own operationId (Microsoft rejects duplicates).',
    );
    const t = text(doc);
    expect(lineOf(results[0]!)).toBe(lineContaining(t, '"operationId": "ListTasks"', lineContaining(t, '"delete"')));
  });

  it('ppc-operation-id-unique is case-sensitive and ignores odd paths', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.operationId = 'listtasks';
    doc.paths['/odd'] = null;
    doc.paths['/odder'] = { get: [] };
    expect(await lintRule('ppc-operation-id-unique', doc)).toEqual([]);
  });

  it('ppc-operation-id-sanitized names the characters outside [A-Za-z0-9_]', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.operationId = 'List-Tasks.v1 all';
    const results = await lintRule('ppc-operation-id-sanitized', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'operationId'] });
    expect(results[0]!.message).toContain('"List-Tasks.v1 all" contains "-", ".", a space');
    doc.paths['/tasks'].get.operationId = 'ListTasks_V2';
    expect(await lintRule('ppc-operation-id-sanitized', doc)).toEqual([]);
  });

  it('ppc-operation-id-pascal-case allows a _V<n> suffix and suggests a PascalCase spelling', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.operationId = 'tasks_list';
    doc.paths['/tasks'].post.operationId = 'CreateTask_V2';
    doc.paths['/tasks/{taskId}'].get.operationId = 'get_task_v3';
    const results = await lintRule('ppc-operation-id-pascal-case', doc);
    expect(results.map((r) => r.message)).toEqual([
      'operationId "tasks_list" is not PascalCase (for example "TasksList"); write it in PascalCase, with "_V<n>" only as a revision suffix (Microsoft coding standards).',
      'operationId "get_task_v3" is not PascalCase (for example "GetTask_V3"); write it in PascalCase, with "_V<n>" only as a revision suffix (Microsoft coding standards).',
    ]);
    expect(results[0]!.severity).toBe(SEVERITY.warn);
    doc.paths['/tasks'].get.operationId = 'GET_PROJECT_LIST';
    doc.paths['/tasks'].post.operationId = 'CCL_CreateLibrary';
    doc.paths['/tasks/{taskId}'].get.operationId = '_';
    const more = await lintRule('ppc-operation-id-pascal-case', doc);
    expect(more.map((r) => r.message.split(';')[0])).toEqual([
      'operationId "GET_PROJECT_LIST" is not PascalCase (for example "GetProjectList")',
      'operationId "CCL_CreateLibrary" is not PascalCase (for example "CCLCreateLibrary")',
      'operationId "_" is not PascalCase',
    ]);
  });

  it('an operationId with stripped characters is reported once, by ppc-operation-id-sanitized, with a suggestion both rules accept', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.operationId = 'Send-Text-Message';
    expect(await lintRule('ppc-operation-id-pascal-case', doc)).toEqual([]);
    const [finding] = await lintRule('ppc-operation-id-sanitized', doc);
    expect(finding!.message).toContain('"Send-Text-Message" contains "-" (for example "SendTextMessage"); write it in PascalCase');
    expect(finding!.message).toContain('"_" only in a "_V<n>" revision suffix');
    doc.paths['/tasks'].get.operationId = 'SendTextMessage';
    expect(await lintRule('ppc-operation-id-sanitized', doc)).toEqual([]);
    expect(await lintRule('ppc-operation-id-pascal-case', doc)).toEqual([]);
  });

  it('operationId suggestions pass both operationId rules and never run two numbers together', async () => {
    const cases: Array<[string, string]> = [
      ['SendEmailv3-1', ''],
      ['send_emailv3', 'SendEmailV3'],
      ['get-task_v3', 'GetTask_V3'],
      ['list items', 'ListItems'],
    ];
    for (const [id, expected] of cases) {
      const doc = validSwagger();
      doc.paths['/tasks'].get.operationId = id;
      const messages = [...(await lintRule('ppc-operation-id-sanitized', doc)), ...(await lintRule('ppc-operation-id-pascal-case', doc))].map((r) => r.message);
      expect(messages).toHaveLength(1);
      const suggested = /\(for example "([^"]*)"\)/.exec(messages[0]!)?.[1] ?? '';
      expect({ id, suggested }).toEqual({ id, suggested: expected });
      if (suggested === '') continue;
      doc.paths['/tasks'].get.operationId = suggested;
      expect(await lintRule('ppc-operation-id-sanitized', doc)).toEqual([]);
      expect(await lintRule('ppc-operation-id-pascal-case', doc)).toEqual([]);
    }
  });

  it('ppc-operation-id-max-length allows 80 characters and reports 81', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.operationId = 'A'.repeat(80);
    expect(await lintRule('ppc-operation-id-max-length', doc)).toEqual([]);
    doc.paths['/tasks'].get.operationId = 'A'.repeat(81);
    const results = await lintRule('ppc-operation-id-max-length', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'operationId'] });
    expect(results[0]!.message).toContain('has 81 characters; shorten it to 80 characters or fewer');
  });

  it('all operationId rules are silent on the valid fixture and survive odd input', async () => {
    const ids = ['ppc-operation-id-required', 'ppc-operation-id-unique', 'ppc-operation-id-sanitized', 'ppc-operation-id-pascal-case', 'ppc-operation-id-max-length'];
    for (const id of ids) expect(await lintRule(id, validSwagger())).toEqual([]);
    const odd = validSwagger();
    odd.paths['/tasks'].get.operationId = null;
    odd.paths['/tasks'].post.operationId = ['x'];
    odd.paths['/weird'] = 'text';
    for (const id of ids.slice(1)) await expect(lintRule(id, odd)).resolves.toBeDefined();
    await expect(lintRule('ppc-operation-id-unique', { swagger: '2.0', paths: [] })).resolves.toEqual([]);
  });
});
