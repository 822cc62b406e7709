import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('operationId rules', () => {
  it('ppc-operation-id-pascal-case allows a _V<n> suffix and suggests a PascalCase spelling', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.operationId = 'tasks_list';
    doc.paths['/tasks'].post.operationId = 'CreateTask_V2';
    doc.paths['/tasks/{taskId}'].get.operationId = 'get_task_v3';
    const results = await lintRule('ppc-operation-id-pascal-case', doc);
    expect(results.map((r) => r.message)).toEqual([
      'operationId "tasks_list" is not PascalCase (for example "TasksList"); write it in PascalCase, with "_V<n>" only as a revision suffix (Microsoft coding standards).',
      'operationId "get_task_v3" is not PascalCase (for example "GetTask_V3"); write it in PascalCase, with "_V<n>" only as a revision suffix (Microsoft coding standards).',
    ]);
    expect(results[0].severity).toBe(SEVERITY.warn);
    doc.paths['/tasks'].get.operationId = 'GET_PROJECT_LIST';
    doc.paths['/tasks'].post.operationId = 'CCL_CreateLibrary';
    doc.paths['/tasks/{taskId}'].get.operationId = '_';
    const more = await lintRule('ppc-operation-id-pascal-case', doc);
    expect(more.map((r) => r.message.split(';')[0])).toEqual([
      'operationId "GET_PROJECT_LIST" is not PascalCase (for example "GetProjectList")',
      'operationId "CCL_CreateLibrary" is not PascalCase (for example "CCLCreateLibrary")',
      'operationId "_" is not PascalCase',
    ]);
  });
});

describe('ppc-operation-id-pascal-case scenarios', () => {
  ruleScenarios('ppc-operation-id-pascal-case', [
    {
      name: 'camelCase.',
      edit: documentedEdit('ppc-operation-id-pascal-case', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'operationId'],
          line: { containing: '"operationId": "listTasks",' },
          message: 'operationId "listTasks" is not PascalCase (for example "ListTasks")',
        },
      ],
    },
    {
      name: 'An underscore that is not a revision suffix.',
      edit: documentedEdit('ppc-operation-id-pascal-case', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'operationId'],
          line: { containing: '"operationId": "Tasks_List",' },
          message: 'operationId "Tasks_List" is not PascalCase (for example "TasksList")',
        },
      ],
    },
    {
      name: 'PascalCase with a revision suffix.',
      edit: documentedEdit('ppc-operation-id-pascal-case', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-operation-id-pascal-case, further cases', () => {
  it('an operationId with stripped characters is reported once, by ppc-operation-id-sanitized, with a suggestion both rules accept', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.operationId = 'Send-Text-Message';
    expect(await lintRule('ppc-operation-id-pascal-case', doc)).toEqual([]);
    doc.paths['/tasks'].get.operationId = 'SendTextMessage';
    expect(await lintRule('ppc-operation-id-pascal-case', doc)).toEqual([]);
  });
});
