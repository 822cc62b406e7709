import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { messagesByRule, oddPathItems } from '../../helpers/odd';
import { pathsRules } from '../../../src/rules/paths';
import { pathParam } from '../../helpers/paths';

describe('ppc-path-params-declared', () => {
  it('is silent on the valid fixture', async () => {
    expect(await lintRule('ppc-path-params-declared', validSwagger())).toEqual([]);
  });

  it('reports a path variable without a parameter at the operation, naming both', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks/{taskId}'].delete.parameters;
    const text = JSON.stringify(doc, null, 4);
    const results = await lintRule('ppc-path-params-declared', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-path-params-declared',
      severity: SEVERITY.error,
      path: ['paths', '/tasks/{taskId}', 'delete'],
    });
    expect(lineOf(results[0])).toBe(lineContaining(text, '"delete": {'));
    expect(results[0].message).toBe(
      'Operation "DeleteTask" (DELETE /tasks/{taskId}) has no "in: path" parameter for "{taskId}"; add {"name": "taskId", "in": "path", "required": true, "type": "string"} to its parameters or the path item\'s (Microsoft rejects operations whose path variables and "in: path" parameters do not match).',
    );
  });

  it('accepts path variables declared on the path item, and variables with spaces', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].parameters = [{ $ref: '#/parameters/TaskId' }];
    delete doc.paths['/tasks/{taskId}'].get.parameters;
    delete doc.paths['/tasks/{taskId}'].delete.parameters;
    doc.paths['/boards/{Board Id}'] = {
      get: {
        operationId: 'GetBoard',
        parameters: [pathParam('Board Id')],
        responses: { '200': { description: 'OK.' } },
      },
    };
    expect(await lintRule('ppc-path-params-declared', doc)).toEqual([]);
  });

  it('reports an unused path parameter where it is written: the operation entry or the path item once', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters.push(pathParam('listId'));
    doc.paths['/tasks/{taskId}'].parameters = [pathParam('projectId')];
    const results = await lintRule('ppc-path-params-declared', doc);
    expect(results.map((r) => r.path)).toEqual([
      ['paths', '/tasks', 'get', 'parameters', '1'],
      ['paths', '/tasks/{taskId}', 'parameters', '0'],
    ]);
    expect(results[0].message).toBe(
      'Operation "ListTasks" (GET /tasks) has the "in: path" parameter "listId", but path "/tasks" has no "{listId}"; add "{listId}" to the path, or remove the parameter or change its "in" (Microsoft rejects operations whose path variables and "in: path" parameters do not match).',
    );
    expect(results[1].message).toContain(
      'Path item "/tasks/{taskId}" has the "in: path" parameter "projectId", but path "/tasks/{taskId}" has no "{projectId}"',
    );
  });

  it('reports a referenced parameter at the $ref entry and points out case-only differences', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskid}'] = doc.paths['/tasks/{taskId}'];
    delete doc.paths['/tasks/{taskId}'];
    const results = await lintRule('ppc-path-params-declared', doc);
    expect(results.map((r) => r.path)).toEqual([
      ['paths', '/tasks/{taskid}', 'get'],
      ['paths', '/tasks/{taskid}', 'get', 'parameters', '0'],
      ['paths', '/tasks/{taskid}', 'delete'],
      ['paths', '/tasks/{taskid}', 'delete', 'parameters', '0'],
    ]);
    expect(results[1].message).toContain(
      '(via "#/parameters/TaskId"), but path "/tasks/{taskid}" has no "{taskId}"; the path has "{taskid}", which differs only in case; spell both the same',
    );
    expect(results[0].message).toContain(
      'has no "in: path" parameter for "{taskid}"; its path parameter "taskId" differs only in case; spell both the same',
    );
  });

  it('reports a variable used twice in one path once, at the key', async () => {
    const doc = validSwagger();
    doc.paths['/a/{id}/b/{id}'] = {
      get: { operationId: 'Twice', parameters: [pathParam('id')], responses: { '200': { description: 'OK.' } } },
    };
    const results = await lintRule('ppc-path-params-declared', doc);
    expect(results).toHaveLength(1);
    expect(results[0].path).toEqual(['paths', '/a/{id}/b/{id}']);
    expect(results[0].message).toContain('Path "/a/{id}/b/{id}" uses the variable "{id}" more than once');
  });

  it('checks hidden operations too (a structural rule)', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal';
    delete doc.paths['/tasks/{taskId}'].delete.parameters;
    expect(await lintRule('ppc-path-params-declared', doc)).toHaveLength(1);
  });

  it('leaves malformed and defaulted variables to the template rules', async () => {
    const doc = validSwagger();
    doc.paths['/reports/{year=2024}/{broken'] = {
      get: { operationId: 'Report', parameters: [pathParam('year')], responses: { '200': { description: 'OK.' } } },
    };
    expect(await lintRule('ppc-path-params-declared', doc)).toEqual([]);
  });
});

describe('ppc-path-params-declared scenarios', () => {
  ruleScenarios('ppc-path-params-declared', [
    {
      name: 'DeleteTask without its taskId parameter.',
      edit: documentedEdit('ppc-path-params-declared', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'delete'],
          line: { containing: '"delete": {' },
          message: 'Operation "DeleteTask" (DELETE /tasks/{taskId}) has no "in: path" parameter for "{taskId}"',
        },
      ],
    },
    {
      name: 'A path parameter that the path does not use.',
      edit: documentedEdit('ppc-path-params-declared', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/reports', 'get', 'parameters', '0'],
          line: 139,
          message:
            'Operation "ListReports" (GET /reports) has the "in: path" parameter "year", but path "/reports" has no "{year}"',
        },
      ],
    },
    {
      name: 'The path variable declared once on the path item for all its operations.',
      edit: documentedEdit('ppc-path-params-declared', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-path-params-declared, further cases', () => {
  it('operations that are not objects and an empty key do not crash', async () => {
    const results = await messagesByRule(
      pathsRules.map((r) => r.id),
      oddPathItems(),
    );
    expect(results['ppc-path-params-declared']).toEqual([]);
  });
});
