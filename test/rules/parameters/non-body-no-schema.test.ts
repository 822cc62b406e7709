import { lintRule, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter structure rules', () => {
  it('ppc-non-body-no-schema flags a schema and a missing type', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].schema = { type: 'string' };
    delete doc.paths['/tasks'].get.parameters[0].type;
    const results = await lintRule('ppc-non-body-no-schema', doc);
    expect(results).toHaveLength(2);
    const schema = results.find((r) => r.path.at(-1) === 'schema')!;
    expect(schema.message).toContain('Parameter "status" (in query) has a "schema"');
    expect(results.find((r) => r !== schema)!.path).toEqual(QUERY);
    expect(results.find((r) => r !== schema)!.message).toContain('has no "type"');
  });
});

describe('ppc-non-body-no-schema scenarios', () => {
  ruleScenarios('ppc-non-body-no-schema', [
    {
      name: 'A schema on a query parameter.',
      edit: documentedEdit('ppc-non-body-no-schema', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'schema'],
          line: { containing: '"schema": {' },
          message: 'Parameter "status" (in query) has a "schema"',
        },
      ],
    },
    { name: 'A type on a query parameter.', edit: documentedEdit('ppc-non-body-no-schema', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
