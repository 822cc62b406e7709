import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { get, pathParam } from '../../helpers/paths';

describe('path key rules', () => {
  it('ppc-path-no-duplicate-template reports operations with the same method on equivalent templates', async () => {
    const doc = validSwagger();
    doc.paths['/TASKS/{id}'] = {
      get: get('GetTaskDetails', [pathParam('id')]),
      post: get('PostTask', [pathParam('id')]),
    };
    const text = JSON.stringify(doc, null, 4);
    const results = await lintRule('ppc-path-no-duplicate-template', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/TASKS/{id}', 'get'] });
    expect(lineOf(results[0])).toBe(lineContaining(text, '"get": {', lineContaining(text, '"/TASKS/{id}"')));
    expect(results[0].message).toBe(
      'Operation "GetTaskDetails" (GET /TASKS/{id}) and operation "GetTask" (GET /tasks/{taskId}) have paths that differ only in variable names; move both operations into one path item with one variable name, or make the static segments differ (Microsoft rejects operations with duplicate, indistinguishable path templates).',
    );
  });

  it('ppc-path-no-duplicate-template leaves equivalent templates with different methods and case-only duplicates alone', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{id}'] = { put: get('UpdateTask', [pathParam('id')]) };
    doc.paths['/Tasks/{taskId}'] = { get: get('GetTaskAgain', [pathParam('taskId')]) };
    expect(await lintRule('ppc-path-no-duplicate-template', doc)).toEqual([]);
  });
});

describe('ppc-path-no-duplicate-template scenarios', () => {
  ruleScenarios('ppc-path-no-duplicate-template', [
    {
      name: 'GET "/tasks/{id}" next to GET "/tasks/{taskId}".',
      edit: documentedEdit('ppc-path-no-duplicate-template', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{id}', 'get'],
          line: 134,
          message:
            'Operation "GetTaskDetails" (GET /tasks/{id}) and operation "GetTask" (GET /tasks/{taskId}) have paths that differ only in variable names',
        },
      ],
    },
    {
      name: 'PUT "/tasks/{id}" next to GET and DELETE "/tasks/{taskId}": no call can match both (merging them is still clearer).',
      edit: documentedEdit('ppc-path-no-duplicate-template', 'valid'),
      expect: [],
    },
    {
      name: 'The new operation in the existing path item.',
      edit: documentedEdit('ppc-path-no-duplicate-template', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-path-no-duplicate-template, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-path-no-duplicate-template';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
