import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const status = {
  name: 'status',
  in: 'query',
  type: 'string',
  required: false,
  'x-ms-summary': 'Status',
  description: 'Status.',
};

describe('ppc-operation-params-unique', () => {
  it('is silent on the valid fixture', async () => {
    expect(await lintRule('ppc-operation-params-unique', validSwagger())).toEqual([]);
  });

  it('reports the repeated operation parameter at its own line', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters.push({ ...status, description: 'Again.' });
    const text = JSON.stringify(doc, null, 4);
    const results = await lintRule('ppc-operation-params-unique', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-operation-params-unique',
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get', 'parameters', '1'],
    });
    expect(lineOf(results[0])).toBe(lineContaining(text, '"description": "Again."') - 6);
    expect(results[0].message).toBe(
      'Operation "ListTasks" (GET /tasks) lists parameter "status" (in: query) twice (parameters 0 and 1); remove the repeated entry (Microsoft rejects operations and paths with duplicate parameters).',
    );
  });

  it('follows $refs and names them', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.parameters.push({ $ref: '#/parameters/TaskId' });
    const results = await lintRule('ppc-operation-params-unique', doc);
    expect(results).toHaveLength(1);
    expect(results[0].path).toEqual(['paths', '/tasks/{taskId}', 'delete', 'parameters', '1']);
    expect(results[0].message).toContain(
      'Operation "DeleteTask" (DELETE /tasks/{taskId}) lists parameter "taskId" (in: path, via "#/parameters/TaskId") twice',
    );
  });

  it('reports duplicates in path-item parameters once, and compares header names without case', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].parameters = [
      { name: 'X-Tenant', in: 'header', type: 'string', required: true },
      { name: 'x-tenant', in: 'header', type: 'string', required: true },
    ];
    const results = await lintRule('ppc-operation-params-unique', doc);
    expect(results).toHaveLength(1);
    expect(results[0].path).toEqual(['paths', '/tasks', 'parameters', '1']);
    expect(results[0].message).toContain(
      'Path "/tasks" lists parameter "x-tenant" (in: header) twice (parameters 0 and 1)',
    );
  });

  it('allows the same name in different locations and an operation overriding a path-item parameter', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters.push({ ...status, in: 'header' });
    doc.paths['/tasks/{taskId}'].parameters = [{ $ref: '#/parameters/TaskId' }];
    expect(await lintRule('ppc-operation-params-unique', doc)).toEqual([]);
  });
});

describe('ppc-operation-params-unique scenarios', () => {
  ruleScenarios('ppc-operation-params-unique', [
    {
      name: 'The shared TaskId parameter referenced twice by GetTask.',
      edit: documentedEdit('ppc-operation-params-unique', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'parameters', '1'],
          line: 100,
          message:
            'Operation "GetTask" (GET /tasks/{taskId}) lists parameter "taskId" (in: path, via "#/parameters/TaskId") twice (parameters 0 and 1)',
        },
      ],
    },
    {
      name: 'The same query parameter twice in ListTasks.',
      edit: documentedEdit('ppc-operation-params-unique', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '1'],
          line: 44,
          message: 'Operation "ListTasks" (GET /tasks) lists parameter "status" (in: query) twice (parameters 0 and 1)',
        },
      ],
    },
    {
      name: 'A path-item parameter that an operation overrides with its own definition.',
      edit: documentedEdit('ppc-operation-params-unique', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
