import { ruleScenarios } from '../../helpers/scenarios';
import { familyEdits } from '../../../src/rules/versioning/families';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';

describe('ppc-replacement-only-deprecated', () => {
  ruleScenarios('ppc-replacement-only-deprecated', [
    {
      name: 'A replacement on an active operation.',
      edit: (doc) => {
        doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
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
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'replacement'],
          line: { containing: '"replacement": {' },
          message: 'The operation has x-ms-api-annotation.replacement but is not "deprecated": true',
        },
      ],
    },
    {
      name: 'A replacement on a deprecated operation.',
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

describe('ppc-replacement-only-deprecated, further cases', () => {
  const family = (): Record<string, any> => editedSwagger(familyEdits()) as Record<string, any>;
  it('ppc-replacement-only-deprecated and ppc-replacement-complete check the replacement', async () => {
    const doc = family();
    delete doc.paths['/tasks'].get.deprecated;
    const [d] = await lintRule('ppc-replacement-only-deprecated', doc);
    expect(d).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'replacement'],
    });
    expect(d.message).toContain('has x-ms-api-annotation.replacement but is not "deprecated": true');
  });
});
