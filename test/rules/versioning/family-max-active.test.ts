import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { family } from '../../helpers/versioning';

describe('versioning rules', () => {
  it('ppc-family-max-active flags too many active and Production members', async () => {
    const doc = family();
    delete doc.paths['/tasks'].get.deprecated;
    doc.paths['/tasks'].get['x-ms-api-annotation'].status = 'Production';
    const [d] = await lintRule('ppc-family-max-active', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get'] });
    expect(d.message).toContain('"ListTasks" is one of 2 active Production operations of family "ListTasks"');
    doc.paths['/v3/tasks'] = {
      get: {
        ...doc.paths['/v2/tasks'].get,
        operationId: 'ListTasks_V3',
        'x-ms-api-annotation': { family: 'ListTasks', revision: 3 },
      },
    };
    const text = (await messages('ppc-family-max-active', doc)).join('\n');
    expect(text).toContain('is one of 3 active (not deprecated) operations of family "ListTasks"');
  });
});

describe('ppc-family-max-active scenarios', () => {
  ruleScenarios('ppc-family-max-active', [
    {
      name: 'Two active Production revisions.',
      edit: documentedEdit('ppc-family-max-active', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get'],
          line: { containing: '"get": {' },
          message: '"ListTasks" is one of 2 active Production operations of family "ListTasks"',
        },
      ],
    },
    {
      name: 'Revision 1 deprecated, revision 2 in Production.',
      edit: documentedEdit('ppc-family-max-active', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
