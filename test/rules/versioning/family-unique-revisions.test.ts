import { lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { family } from '../../helpers/versioning';

describe('versioning rules', () => {
  it('ppc-family-unique-revisions flags a repeated revision', async () => {
    const doc = family();
    doc.paths['/tasks'].get['x-ms-api-annotation'].revision = 2;
    const [d, ...rest] = await lintRule('ppc-family-unique-revisions', doc);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/v2/tasks', 'get', 'x-ms-api-annotation', 'revision'],
    });
    expect(d.message).toContain('"ListTasks_V2" has revision 2 of family "ListTasks", like "ListTasks"');
  });
});

describe('ppc-family-unique-revisions scenarios', () => {
  ruleScenarios('ppc-family-unique-revisions', [
    {
      name: 'Both members claim revision 2.',
      edit: documentedEdit('ppc-family-unique-revisions', 'invalid'),
      expect: [
        {
          path: ['paths', '/v2/tasks', 'get', 'x-ms-api-annotation', 'revision'],
          line: 149,
          message: '"ListTasks_V2" has revision 2 of family "ListTasks", like "ListTasks"',
        },
      ],
    },
    {
      name: 'Revisions 1 and 2.',
      edit: documentedEdit('ppc-family-unique-revisions', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
