import { lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { family } from '../../helpers/versioning';

describe('versioning rules', () => {
  it('ppc-revision-suffix wants _Vn on revision n > 1', async () => {
    const doc = family();
    doc.paths['/v2/tasks'].get.operationId = 'ListTasksPaged';
    const [d] = await lintRule('ppc-revision-suffix', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/v2/tasks', 'get', 'operationId'] });
    expect(d.message).toContain('"ListTasksPaged" has revision 2 but does not end with "_V2"');
    doc.paths['/v2/tasks'].get.operationId = 'ListTasksV2';
    expect(await lintRule('ppc-revision-suffix', doc)).toEqual([]);
    doc.paths['/v2/tasks'].get.operationId = 'ListTasks_V12';
    expect(await lintRule('ppc-revision-suffix', doc)).toHaveLength(1);
  });
});

describe('ppc-revision-suffix scenarios', () => {
  ruleScenarios('ppc-revision-suffix', [
    {
      name: 'Revision 2 without a suffix.',
      edit: documentedEdit('ppc-revision-suffix', 'invalid'),
      expect: [
        {
          path: ['paths', '/v2/tasks', 'get', 'operationId'],
          line: { containing: '"operationId": "ListTasksPaged",' },
          message: 'operationId "ListTasksPaged" has revision 2 but does not end with "_V2"',
        },
      ],
    },
    {
      name: '"ListTasks_V2" for revision 2.',
      edit: documentedEdit('ppc-revision-suffix', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
