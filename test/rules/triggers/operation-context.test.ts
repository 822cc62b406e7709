import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('trigger rules', () => {
  it('ppc-operation-context checks the simulate wrapper', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post['x-ms-operation-context'] = { simulate: { operationId: 'ListTasks', parameters: {} } };
    expect(await lintRule('ppc-operation-context', doc)).toEqual([]);
    doc.paths['/tasks'].post['x-ms-operation-context'] = { simulate: { parameters: [], extra: 1 }, other: true };
    const results = await lintRule('ppc-operation-context', doc);
    const text = results.map((r) => r.message).join('\n');
    for (const part of [
      'unknown key "other"',
      'no "simulate.operationId"',
      '"simulate.parameters" that is an array',
      'unknown key "simulate.extra"',
    ])
      expect(text).toContain(part);
    expect(results.find((r) => r.message.includes('"other"'))).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'post', 'x-ms-operation-context', 'other'],
    });
    doc.paths['/tasks'].post['x-ms-operation-context'] = [];
    expect(await messages('ppc-operation-context', doc)).toEqual([
      expect.stringContaining('is an array, not an object'),
    ]);
  });
});

describe('ppc-operation-context scenarios', () => {
  ruleScenarios('ppc-operation-context', [
    {
      name: 'No "simulate" wrapper.',
      edit: documentedEdit('ppc-operation-context', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'x-ms-operation-context'],
          line: { containing: '"x-ms-operation-context": {' },
          message: 'x-ms-operation-context has no "simulate"',
        },
        {
          path: ['paths', '/tasks', 'post', 'x-ms-operation-context', 'operationId'],
          line: 89,
          message: 'x-ms-operation-context has the unknown key "operationId"',
        },
      ],
    },
    {
      name: 'A simulate call.',
      edit: documentedEdit('ppc-operation-context', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
