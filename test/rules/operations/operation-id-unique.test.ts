import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('operationId rules', () => {
  it('ppc-operation-id-unique reports the later duplicate and names the first', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.operationId = 'ListTasks';
    const results = await lintRule('ppc-operation-id-unique', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks/{taskId}', 'delete', 'operationId'],
    });
    expect(results[0].message).toBe(
      'operationId "ListTasks" of DELETE /tasks/{taskId} is already the operationId of GET /tasks; give each operation its own operationId (Microsoft rejects duplicates).',
    );
    const t = text(doc);
    expect(lineOf(results[0])).toBe(lineContaining(t, '"operationId": "ListTasks"', lineContaining(t, '"delete"')));
  });

  it('ppc-operation-id-unique is case-sensitive and ignores odd paths', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.operationId = 'listtasks';
    doc.paths['/odd'] = null;
    doc.paths['/odder'] = { get: [] };
    expect(await lintRule('ppc-operation-id-unique', doc)).toEqual([]);
  });
});

describe('ppc-operation-id-unique scenarios', () => {
  ruleScenarios('ppc-operation-id-unique', [
    {
      name: 'Two operations named "GetTask".',
      edit: documentedEdit('ppc-operation-id-unique', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'operationId'],
          line: 92,
          message: 'operationId "GetTask" of GET /tasks/{taskId} is already the operationId of GET /tasks',
        },
      ],
    },
    {
      name: 'Distinct operationIds.',
      edit: documentedEdit('ppc-operation-id-unique', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
