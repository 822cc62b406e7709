import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { responsesFindings } from '../../helpers/operations';

describe('operation structure rules', () => {
  it.each(['ppc-no-generic-test', 'ppc-safe-operation'])('%s accepts booleans only', async (id) => {
    const key = id === 'ppc-no-generic-test' ? 'x-ms-no-generic-test' : 'x-ms-safe-operation';
    const doc = validSwagger();
    doc.paths['/tasks'].post[key] = 'true';
    doc.paths['/tasks'].get[key] = 1;
    doc.paths['/tasks/{taskId}'].get[key] = null;
    doc.paths['/tasks/{taskId}'].delete[key] = false;
    const results = await lintRule(id, doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(';')[0]])).toEqual([
      [`paths//tasks/get/${key}`, `${key} is 1 (a number)`],
      [`paths//tasks/post/${key}`, `${key} is "true" (a string)`],
      [`paths//tasks/{taskId}/get/${key}`, `${key} is null`],
    ]);
    expect(results[0].severity).toBe(SEVERITY.error);
  });

  it('all structure rules are silent on the valid fixture and survive odd input', async () => {
    const ids = [
      'ppc-visibility-declared',
      'ppc-operation-has-response',
      'ppc-operation-has-success',
      'ppc-operation-not-empty',
      'ppc-get-no-body',
      'ppc-operation-status',
      'ppc-no-generic-test',
      'ppc-safe-operation',
      'ppc-operations-max',
    ];
    const odd = validSwagger();
    odd.paths['/tasks'].get.parameters = 'none';
    odd.paths['/tasks'].get.responses = [1];
    odd.paths['/tasks'].post['x-ms-api-annotation'] = null;
    odd.paths['/tasks/{taskId}'].get.parameters = [null, { $ref: '#/parameters/Missing' }, { $ref: 7 }];
    odd.paths['/tasks/{taskId}'].parameters = { in: 'body' };
    odd.info = [];
    for (const id of ids) {
      expect(await lintRule(id, validSwagger())).toEqual([]);
      await expect(lintRule(id, odd)).resolves.toBeDefined();
    }
  });
});

describe('Spectral oas2-schema in the published rulesets', () => {
  it('drops the vague "must not be valid" beside a clearer finding on the same path', async () => {
    const found = await responsesFindings('custom', {});
    expect(found).toEqual([['oas2-schema', '"responses" property must not have fewer than 1 properties.']]);
    const extensionsOnly = await responsesFindings('custom', { 'x-note': 1 });
    expect(extensionsOnly).toEqual([
      ['oas2-schema', '"responses" property must list at least one status code, not only x- extensions.'],
    ]);
  });
});
