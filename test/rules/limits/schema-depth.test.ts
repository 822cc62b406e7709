import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

function nested(levels: number): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: 'string' };
  for (let i = 0; i < levels; i++) schema = { type: 'object', properties: { child: schema } };
  return schema;
}

describe('schema limit rules', () => {
  it('ppc-schema-depth counts levels through $refs and survives recursion', async () => {
    const doc = validSwagger();
    doc.definitions.Deep = nested(20);
    let schema: Record<string, unknown> = { $ref: '#/definitions/Deep' };
    for (let i = 0; i < 13; i++) schema = { type: 'object', properties: { child: schema } };
    doc.paths['/tasks/{taskId}'].get.responses['200'].schema = schema;
    const [finding, ...rest] = await lintRule('ppc-schema-depth', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      severity: SEVERITY.warn,
      path: ['paths', '/tasks/{taskId}', 'get', 'responses', '200', 'schema'],
    });
    expect(finding.message).toContain('This schema is nested 33 levels deep ($refs expanded)');
    doc.definitions.Deep = nested(12);
    doc.definitions.Task.properties.parent = { $ref: '#/definitions/Task' };
    expect(await lintRule('ppc-schema-depth', doc)).toEqual([]);
  });
});

describe('ppc-schema-depth scenarios', () => {
  ruleScenarios('ppc-schema-depth', [
    {
      name: 'A response nested 34 levels deep.',
      edit: documentedEdit('ppc-schema-depth', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'responses', '200', 'schema'],
          line: 104,
          message: 'This schema is nested more than 33 levels deep ($refs expanded)',
        },
      ],
    },
    {
      name: 'A response nested 10 levels deep.',
      edit: documentedEdit('ppc-schema-depth', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-schema-depth, further cases', () => {
  it('are silent on the valid fixture', async () => {
    {
      const id = 'ppc-schema-depth';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});
