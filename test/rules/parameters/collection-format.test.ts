import { lintRule, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter structure rules', () => {
  it('ppc-collection-format checks the value, multi placement and nested items', async () => {
    const doc = validSwagger();
    Object.assign(doc.paths['/tasks'].get.parameters[0], {
      type: 'array',
      items: { type: 'array', collectionFormat: 'multi', items: { type: 'string' } },
      collectionFormat: 'comma',
    });
    delete doc.paths['/tasks'].get.parameters[0].enum;
    doc.parameters.TaskId.collectionFormat = 'multi';
    const results = await lintRule('ppc-collection-format', doc);
    const byPath = new Map(results.map((r) => [r.path.join('/'), r.message]));
    expect(results).toHaveLength(3);
    expect(byPath.get([...QUERY, 'collectionFormat'].join('/'))).toContain(
      'Parameter "status" has collectionFormat "comma"; use csv, ssv, tsv, pipes or multi',
    );
    expect(byPath.get([...QUERY, 'items', 'collectionFormat'].join('/'))).toContain('"multi" in its items');
    expect(byPath.get('parameters/TaskId/collectionFormat')).toContain(
      'Parameter "taskId" (in path) has collectionFormat "multi"; "multi" is only for query and formData parameters',
    );
    doc.paths['/tasks'].get.parameters[0].collectionFormat = 'multi';
    delete doc.paths['/tasks'].get.parameters[0].items.collectionFormat;
    delete doc.parameters.TaskId.collectionFormat;
    expect(await lintRule('ppc-collection-format', doc)).toEqual([]);
  });
});

describe('ppc-collection-format scenarios', () => {
  ruleScenarios('ppc-collection-format', [
    {
      name: 'An unknown format.',
      edit: documentedEdit('ppc-collection-format', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'collectionFormat'],
          line: { containing: '"collectionFormat": "comma"' },
          message: 'Parameter "status" has collectionFormat "comma"',
        },
      ],
    },
    {
      name: '"multi" on a path parameter.',
      edit: documentedEdit('ppc-collection-format', 'invalid', 1),
      expect: [
        {
          path: ['parameters', 'TaskId', 'collectionFormat'],
          line: { containing: '"collectionFormat": "multi"' },
          message: 'Parameter "taskId" (in path) has collectionFormat "multi"',
        },
      ],
    },
    {
      name: '"multi" on a query parameter.',
      edit: documentedEdit('ppc-collection-format', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
