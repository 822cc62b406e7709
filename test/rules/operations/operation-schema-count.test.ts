import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { applyEdits } from '../../../src/examples';
import { ruleScenarios, documented } from '../../helpers/scenarios';

/** Definitions Level0..Level(n-1), each with `width` properties that reference the next level. */
function ladder(levels: number, width: number): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (let level = 0; level < levels; level++) {
    defs[`Level${level}`] =
      level === levels - 1
        ? { type: 'string' }
        : {
            type: 'object',
            properties: Object.fromEntries(
              Array.from({ length: width }, (_, k) => [`p${k}`, { $ref: `#/definitions/Level${level + 1}` }]),
            ),
          };
  }
  return defs;
}

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
      edit: (doc) => applyEdits(doc, documented('ppc-operation-schema-count', 'invalid', 0).edits ?? []),
      expect: [
        {
          path: ['paths', '/tasks', 'get'],
          line: { containing: '"get": {' },
          message: 'Operation "ListTasks" has 21,846 schema nodes with $refs expanded',
        },
      ],
    },
    { name: 'A response of a few dozen nodes.', edit: () => {}, expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
