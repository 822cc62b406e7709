import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-replacement-complete', () => {
  ruleScenarios('ppc-replacement-complete', [
    {
      name: 'No "api".',
      edit: (doc) => {
        doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
        doc.paths['/tasks'].get.deprecated = true;
        doc.paths['/tasks'].get['x-ms-api-annotation'] = {
          family: 'ListTasks',
          revision: 1,
          replacement: { operationId: 'ListTasks_V2' },
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
          message: 'x-ms-api-annotation.replacement has no "api" string',
        },
      ],
    },
    {
      name: 'Both keys.',
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
