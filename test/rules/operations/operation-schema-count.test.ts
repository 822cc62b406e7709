import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { ladder } from '../../helpers/operations';

describe('ppc-operation-schema-count', () => {
  it('reports an operation above 16,384 nodes', async () => {
    const doc = validSwagger();
    Object.assign(doc.definitions, ladder(8, 4));
    doc.paths['/tasks'].get.responses['200'].schema = { $ref: '#/definitions/Level0' };
    const results = await lintRule('ppc-operation-schema-count', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-operation-schema-count',
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get'],
    });
    expect(results[0].message).toBe(
      'Operation "ListTasks" has 21,846 schema nodes with $refs expanded; split the operation or simplify its schemas (the platform refuses definitions over this limit: OperationSchemaCountExceedsMaxAllowed).',
    );
  });

  it('is silent on the valid fixture and on a recursive schema', async () => {
    expect(await lintRule('ppc-operation-schema-count', validSwagger())).toEqual([]);
    const doc = validSwagger();
    doc.definitions.Task.properties.parent = { $ref: '#/definitions/Task' };
    expect(await lintRule('ppc-operation-schema-count', doc)).toEqual([]);
  });
});

describe('ppc-operation-schema-count scenarios', () => {
  ruleScenarios('ppc-operation-schema-count', [
    {
      name: 'A response built from eight levels of definitions, each with four properties that reference the next level: 4^0 + 4^1 + … + 4^7 = 21,845 nodes once expanded.',
      edit: documentedEdit('ppc-operation-schema-count', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get'],
          line: { containing: '"get": {' },
          message: 'Operation "ListTasks" has 21,846 schema nodes with $refs expanded',
        },
      ],
    },
    {
      name: 'A response of a few dozen nodes.',
      edit: documentedEdit('ppc-operation-schema-count', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
