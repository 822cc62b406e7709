import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

function wide(n: number): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (let i = 1; i <= n; i++) properties[`f${i}`] = { type: 'string' };
  return { type: 'object', properties };
}

describe('schema limit rules', () => {
  it('ppc-body-schema-count counts nodes with $refs expanded, per body and per definition', async () => {
    const doc = validSwagger();
    doc.definitions.Wide = wide(300);
    doc.paths['/tasks/{taskId}'].get.responses['200'].schema = {
      type: 'object',
      properties: { a: { $ref: '#/definitions/Wide' }, b: { $ref: '#/definitions/Wide' } },
    };
    const [finding, ...rest] = await lintRule('ppc-body-schema-count', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks/{taskId}', 'get', 'responses', '200', 'schema'],
    });
    expect(finding.message).toContain('has 603 schema nodes');
    doc.definitions.Huge = wide(520);
    doc.paths['/tasks/{taskId}'].get.responses['200'].schema = { $ref: '#/definitions/Huge' };
    expect((await lintRule('ppc-body-schema-count', doc)).map((r) => r.path)).toEqual([['definitions', 'Huge']]);
  });

  it('ppc-body-schema-count stays bounded on exponential and cyclic references', async () => {
    const doc = validSwagger();
    for (let i = 0; i < 40; i++)
      doc.definitions[`L${i}`] = {
        type: 'object',
        properties: { a: { $ref: `#/definitions/L${i + 1}` }, b: { $ref: `#/definitions/L${i + 1}` } },
      };
    doc.definitions.L40 = { $ref: '#/definitions/L0' };
    const started = Date.now();
    const results = await lintRule('ppc-body-schema-count', doc);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(results.length).toBeGreaterThan(0);
  });
});

describe('ppc-body-schema-count scenarios', () => {
  ruleScenarios('ppc-body-schema-count', [
    {
      name: 'A response object with 600 properties.',
      edit: documentedEdit('ppc-body-schema-count', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'responses', '200', 'schema'],
          line: 104,
          message: 'This schema has 601 schema nodes ($refs expanded',
        },
      ],
    },
    {
      name: 'A response object with 100 properties.',
      edit: documentedEdit('ppc-body-schema-count', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-body-schema-count, further cases', () => {
  it('are silent on the valid fixture', async () => {
    {
      const id = 'ppc-body-schema-count';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});
