import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

function nested(levels: number): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: 'string' };
  for (let i = 0; i < levels; i++) schema = { type: 'object', properties: { child: schema } };
  return schema;
}

function wide(n: number): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (let i = 1; i <= n; i++) properties[`f${i}`] = { type: 'string' };
  return { type: 'object', properties };
}

describe('schema limit rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of ['ppc-schema-depth', 'ppc-body-schema-count', 'ppc-total-schema-count']) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
    }
  });

  it('ppc-schema-depth counts levels through $refs and survives recursion', async () => {
    const doc = validSwagger();
    doc.definitions.Deep = nested(20);
    let schema: Record<string, unknown> = { $ref: '#/definitions/Deep' };
    for (let i = 0; i < 13; i++) schema = { type: 'object', properties: { child: schema } };
    doc.paths['/tasks/{taskId}'].get.responses['200'].schema = schema;
    const [finding, ...rest] = await lintRule('ppc-schema-depth', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks/{taskId}', 'get', 'responses', '200', 'schema'] });
    expect(finding!.message).toContain('This schema is nested 33 levels deep ($refs expanded)');
    doc.definitions.Deep = nested(12);
    doc.definitions.Task.properties.parent = { $ref: '#/definitions/Task' };
    expect(await lintRule('ppc-schema-depth', doc)).toEqual([]);
  });

  it('ppc-body-schema-count counts nodes with $refs expanded, per body and per definition', async () => {
    const doc = validSwagger();
    doc.definitions.Wide = wide(300);
    doc.paths['/tasks/{taskId}'].get.responses['200'].schema = { type: 'object', properties: { a: { $ref: '#/definitions/Wide' }, b: { $ref: '#/definitions/Wide' } } };
    const [finding, ...rest] = await lintRule('ppc-body-schema-count', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks/{taskId}', 'get', 'responses', '200', 'schema'] });
    expect(finding!.message).toContain('has 603 schema nodes');
    doc.definitions.Huge = wide(520);
    doc.paths['/tasks/{taskId}'].get.responses['200'].schema = { $ref: '#/definitions/Huge' };
    expect((await lintRule('ppc-body-schema-count', doc)).map((r) => r.path)).toEqual([['definitions', 'Huge']]);
  });

  it('ppc-body-schema-count stays bounded on exponential and cyclic references', async () => {
    const doc = validSwagger();
    for (let i = 0; i < 40; i++) doc.definitions[`L${i}`] = { type: 'object', properties: { a: { $ref: `#/definitions/L${i + 1}` }, b: { $ref: `#/definitions/L${i + 1}` } } };
    doc.definitions.L40 = { $ref: '#/definitions/L0' };
    const started = Date.now();
    const results = await lintRule('ppc-body-schema-count', doc);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(results.length).toBeGreaterThan(0);
  });

  it('ppc-total-schema-count reports a definition set past 256 × 16,384 nodes', async () => {
    const doc = validSwagger();
    for (let i = 0; i < 23; i++) doc.definitions[`L${i}`] = { type: 'object', properties: { a: { $ref: `#/definitions/L${i + 1}` }, b: { $ref: `#/definitions/L${i + 1}` } } };
    doc.definitions.L23 = { type: 'string' };
    doc.paths['/tasks'].get.responses['200'].schema = { $ref: '#/definitions/L0' };
    const [finding] = await lintRule('ppc-total-schema-count', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths'] });
    expect(finding!.message).toMatch(/^The operations hold 16,777,\d{3} schema nodes/);
  });
});
