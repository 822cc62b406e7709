import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter structure rules', () => {
  it('ppc-query-param-no-encoding flags encoding on query parameters only', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0]['x-ms-url-encoding'] = 'double';
    const results = await lintRule('ppc-query-param-no-encoding', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'x-ms-url-encoding'] });
    expect(results[0].message).toContain('Query parameter "status" has x-ms-url-encoding "double"; remove it');
  });
});

describe('ppc-query-param-no-encoding scenarios', () => {
  ruleScenarios('ppc-query-param-no-encoding', [
    {
      name: 'Encoding on a query parameter.',
      edit: documentedEdit('ppc-query-param-no-encoding', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-url-encoding'],
          line: { containing: '"x-ms-url-encoding": "single"' },
          message: 'Query parameter "status" has x-ms-url-encoding "single"',
        },
      ],
    },
    {
      name: 'Encoding on a path parameter only.',
      edit: documentedEdit('ppc-query-param-no-encoding', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
