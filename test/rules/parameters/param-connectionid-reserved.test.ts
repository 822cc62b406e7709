import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter structure rules', () => {
  it('ppc-param-connectionid-reserved matches any letter case', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].name = 'CONNECTIONID';
    const results = await lintRule('ppc-param-connectionid-reserved', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'name'] });
    expect(results[0]!.message).toBe(
      'Parameter "CONNECTIONID" (in query) uses a reserved name; rename it (Microsoft rejects parameters named "connectionId").',
    );
    doc.paths['/tasks'].get.parameters[0].name = 'connectionIdentifier';
    expect(await lintRule('ppc-param-connectionid-reserved', doc)).toEqual([]);
  });
});
