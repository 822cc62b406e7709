import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('operation structure rules', () => {
  it('ppc-operation-status reports a Production operation in a Preview connector only', async () => {
    const doc = validSwagger();
    doc.info['x-ms-api-annotation'] = { status: 'Preview' };
    doc.paths['/tasks'].get['x-ms-api-annotation'] = { status: 'Production' };
    doc.paths['/tasks'].post['x-ms-api-annotation'] = { status: 'Preview' };
    const results = await lintRule('ppc-operation-status', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'status'],
    });
    expect(results[0].message).toMatch(
      /^Operation "ListTasks" is Production while the connector is Preview; mark the operation Preview/,
    );
    doc.info['x-ms-api-annotation'] = { status: 'Production' };
    expect(await lintRule('ppc-operation-status', doc)).toEqual([]);
    doc.info['x-ms-api-annotation'] = 'Preview';
    expect(await lintRule('ppc-operation-status', doc)).toEqual([]);
  });
});

describe('ppc-operation-status scenarios', () => {
  ruleScenarios('ppc-operation-status', [
    {
      name: 'A Production operation in a Preview connector.',
      edit: documentedEdit('ppc-operation-status', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'status'],
          line: { containing: '"status": "Production"' },
          message: 'Operation "ListTasks" is Production while the connector is Preview',
        },
      ],
    },
    {
      name: 'A Preview operation in a Preview connector.',
      edit: documentedEdit('ppc-operation-status', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
