import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter structure rules', () => {
  it('ppc-param-connectionid-reserved matches any letter case', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].name = 'CONNECTIONID';
    const results = await lintRule('ppc-param-connectionid-reserved', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'name'] });
    expect(results[0].message).toBe(
      'Parameter "CONNECTIONID" (in query) uses a reserved name; rename it (Microsoft rejects parameters named "connectionId").',
    );
    doc.paths['/tasks'].get.parameters[0].name = 'connectionIdentifier';
    expect(await lintRule('ppc-param-connectionid-reserved', doc)).toEqual([]);
  });
});

describe('ppc-param-connectionid-reserved scenarios', () => {
  ruleScenarios('ppc-param-connectionid-reserved', [
    {
      name: 'A query parameter named connectionId.',
      edit: documentedEdit('ppc-param-connectionid-reserved', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'name'],
          line: { containing: '"name": "ConnectionId",' },
          message: 'Parameter "ConnectionId" (in query) uses a reserved name',
        },
      ],
    },
    {
      name: 'Another name.',
      edit: documentedEdit('ppc-param-connectionid-reserved', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
