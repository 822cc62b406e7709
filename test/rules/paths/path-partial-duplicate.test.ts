import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { get, pathParam } from '../../helpers/paths';

describe('path key rules', () => {
  it("ppc-path-partial-duplicate reports the operation whose variable can take another path's static segment", async () => {
    const doc = validSwagger();
    doc.paths['/tasks/overdue'] = { get: get('ListOverdueTasks'), post: get('PostOverdue') };
    doc.paths['/tasks/archived'] = { get: get('ListArchivedTasks') };
    const text = JSON.stringify(doc, null, 4);
    const results = await lintRule('ppc-path-partial-duplicate', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-path-partial-duplicate',
      severity: SEVERITY.warn,
      path: ['paths', '/tasks/{taskId}', 'get'],
    });
    expect(lineOf(results[0])).toBe(lineContaining(text, '"get": {', lineContaining(text, '"/tasks/{taskId}"')));
    expect(results[0].message).toBe(
      'Operation "GetTask" (GET /tasks/{taskId}) also matches the GET paths "/tasks/overdue", "/tasks/archived" (when "{taskId}" is "overdue"); give the paths distinct static segments (e.g. "/items/byId/{id}") so every call routes to one operation (Microsoft warns that partially duplicated paths can route to the wrong operation).',
    );
  });

  it('ppc-path-partial-duplicate handles mixed segments, empty segments and different lengths', async () => {
    const doc = validSwagger();
    doc.paths["/files('{id}')"] = { get: get('GetFileById', [pathParam('id')]) };
    doc.paths["/files('latest')"] = { get: get('GetLatestFile') };
    doc.paths['/tasks/'] = { get: get('ListTasksSlash') };
    doc.paths['/tasks/{taskId}/overdue'] = { get: get('GetOverdue', [pathParam('taskId')]) };
    const results = await lintRule('ppc-path-partial-duplicate', doc);
    expect(results.map((r) => r.path)).toEqual([['paths', "/files('{id}')", 'get']]);
    expect(results[0].message).toContain('(when "files(\'{id}\')" is "files(\'latest\')")');
  });
});

describe('ppc-path-partial-duplicate scenarios', () => {
  ruleScenarios('ppc-path-partial-duplicate', [
    {
      name: 'GET "/tasks/{taskId}" can also take the value "overdue" of GET "/tasks/overdue".',
      edit: documentedEdit('ppc-path-partial-duplicate', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get'],
          line: 91,
          message:
            'Operation "GetTask" (GET /tasks/{taskId}) also matches the GET path "/tasks/overdue" (when "{taskId}" is "overdue")',
        },
      ],
    },
    {
      name: 'A distinct static segment.',
      edit: documentedEdit('ppc-path-partial-duplicate', 'valid'),
      expect: [],
    },
    {
      name: 'POST "/tasks/archive" next to GET and DELETE "/tasks/{taskId}": different methods never compete for a call.',
      edit: documentedEdit('ppc-path-partial-duplicate', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-path-partial-duplicate, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-path-partial-duplicate';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
