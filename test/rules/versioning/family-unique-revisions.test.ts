import { familyEdits } from '../../../src/rules/versioning/families';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

/** ListTasks (revision 1, deprecated, internal) and ListTasks_V2 (revision 2, Production) in family "ListTasks". */
const family = (): Record<string, any> => editedSwagger(familyEdits()) as Record<string, any>;

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
      edit: (doc) => {
        doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
        doc.paths['/tasks'].get.deprecated = true;
        doc.paths['/tasks'].get['x-ms-api-annotation'] = {
          family: 'ListTasks',
          revision: 2,
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
