import { familyEdits } from '../../../src/rules/versioning/families';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

/** ListTasks (revision 1, deprecated, internal) and ListTasks_V2 (revision 2, Production) in family "ListTasks". */
const family = (): Record<string, any> => editedSwagger(familyEdits()) as Record<string, any>;

describe('versioning rules', () => {
  it('ppc-family-revision-required flags families with several empty revisions', async () => {
    const doc = family();
    delete doc.paths['/tasks'].get['x-ms-api-annotation'].revision;
    expect(await lintRule('ppc-family-revision-required', doc)).toEqual([]); // one empty revision is tolerated
    delete doc.paths['/v2/tasks'].get['x-ms-api-annotation'].revision;
    const results = await lintRule('ppc-family-revision-required', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get', 'x-ms-api-annotation'],
    });
    expect(results[0].message).toContain('"ListTasks" has no revision, like 1 other operation of family "ListTasks"');
  });
});

describe('ppc-family-revision-required scenarios', () => {
  ruleScenarios('ppc-family-revision-required', [
    {
      name: 'Two members without a revision.',
      edit: (doc) => {
        doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
        doc.paths['/tasks'].get.deprecated = true;
        doc.paths['/tasks'].get['x-ms-api-annotation'] = {
          family: 'ListTasks',
          replacement: { api: 'ContosoTasks', operationId: 'ListTasks_V2' },
        };
        doc.paths['/v2/tasks'] = {
          get: {
            operationId: 'ListTasks_V2',
            summary: 'List tasks',
            description: 'Lists the tasks of the signed-in user, with paging.',
            'x-ms-api-annotation': { family: 'ListTasks', status: 'Production' },
            responses: {
              '200': { description: 'The tasks.', schema: { type: 'array', items: { $ref: '#/definitions/Task' } } },
            },
          },
        };
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-api-annotation'],
          line: { containing: '"x-ms-api-annotation": {' },
          message: '"ListTasks" has no revision, like 1 other operation of family "ListTasks"',
        },
        {
          path: ['paths', '/v2/tasks', 'get', 'x-ms-api-annotation'],
          line: 146,
          message: '"ListTasks_V2" has no revision, like 1 other operation of family "ListTasks"',
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
