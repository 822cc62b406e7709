import { familyEdits } from '../../../src/rules/versioning/families';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

/** ListTasks (revision 1, deprecated, internal) and ListTasks_V2 (revision 2, Production) in family "ListTasks". */
const family = (): Record<string, any> => editedSwagger(familyEdits()) as Record<string, any>;

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
      edit: (doc) => {
        doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
        doc.paths['/tasks'].get.deprecated = true;
        doc.paths['/tasks'].get['x-ms-api-annotation'] = {
          family: 'ListTasks',
          revision: 1,
          replacement: { api: 'ContosoTasks', operationId: 'ListTasks_V2' },
        };
        doc.paths['/v2/tasks'] = {
          get: {
            operationId: 'ListTasksPaged',
            summary: 'List tasks',
            description: 'Lists the tasks of the signed-in user, with paging.',
            'x-ms-api-annotation': { family: 'ListTasks', revision: 2, status: 'Production' },
            responses: {
              '200': { description: 'The tasks.', schema: { type: 'array', items: { $ref: '#/definitions/Task' } } },
            },
          },
        };
      },
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
      edit: (doc) => {
        doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
        doc.paths['/tasks'].get.deprecated = true;
        doc.paths['/tasks'].get['x-ms-api-annotation'] = {
          family: 'ListTasks',
          revision: 1,
          replacement: { api: 'ContosoTasks', operationId: 'ListTasks_V2' },
        };
        doc.paths['/v2/tasks'] = {
          get: {
            operationId: 'ListTasks_V2',
            summary: 'List tasks',
            description: 'Lists the tasks of the signed-in user, with paging.',
            'x-ms-api-annotation': { family: 'ListTasks', revision: 2, status: 'Production' },
            responses: {
              '200': { description: 'The tasks.', schema: { type: 'array', items: { $ref: '#/definitions/Task' } } },
            },
          },
        };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
