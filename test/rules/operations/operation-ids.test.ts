import { lintRule, validSwagger } from '../../helpers/lint';

describe('operationId rules', () => {
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
      const messages = [
        ...(await lintRule('ppc-operation-id-sanitized', doc)),
        ...(await lintRule('ppc-operation-id-pascal-case', doc)),
      ].map((r) => r.message);
      expect(messages).toHaveLength(1);
      const suggested = /\(for example "([^"]*)"\)/.exec(messages[0])?.[1] ?? '';
      expect({ id, suggested }).toEqual({ id, suggested: expected });
      if (suggested === '') continue;
      doc.paths['/tasks'].get.operationId = suggested;
      expect(await lintRule('ppc-operation-id-sanitized', doc)).toEqual([]);
      expect(await lintRule('ppc-operation-id-pascal-case', doc)).toEqual([]);
    }
  });

  it('all operationId rules are silent on the valid fixture and survive odd input', async () => {
    const ids = [
      'ppc-operation-id-required',
      'ppc-operation-id-unique',
      'ppc-operation-id-sanitized',
      'ppc-operation-id-pascal-case',
      'ppc-operation-id-max-length',
    ];
    for (const id of ids) expect(await lintRule(id, validSwagger())).toEqual([]);
    const odd = validSwagger();
    odd.paths['/tasks'].get.operationId = null;
    odd.paths['/tasks'].post.operationId = ['x'];
    odd.paths['/weird'] = 'text';
    for (const id of ids.slice(1)) await expect(lintRule(id, odd)).resolves.toBeDefined();
    await expect(lintRule('ppc-operation-id-unique', { swagger: '2.0', paths: [] })).resolves.toEqual([]);
  });
});
