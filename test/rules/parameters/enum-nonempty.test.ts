import { lintRule, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter and schema value rules', () => {
  it('ppc-enum-nonempty flags empty and non-list enums only', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].enum = [];
    doc.definitions.Task.properties.status.enum = 'open';
    const results = await lintRule('ppc-enum-nonempty', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'Parameter "status" has an empty "enum"',
      'Property "status" has an "enum" that is not a list (open)',
    ]);
    expect(results[0].path).toEqual([...QUERY, 'enum']);
    // Duplicates and value types are spectral:oas's duplicated-entry-in-enum and typed-enum.
    doc.paths['/tasks'].get.parameters[0].enum = ['open', 'open', 3];
    delete doc.definitions.Task.properties.status.enum;
    expect(await lintRule('ppc-enum-nonempty', doc)).toEqual([]);
  });
});

describe('ppc-enum-nonempty scenarios', () => {
  ruleScenarios('ppc-enum-nonempty', [
    {
      name: 'An empty enum.',
      edit: documentedEdit('ppc-enum-nonempty', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'enum'],
          line: { containing: '"enum": [],' },
          message: 'Parameter "status" has an empty "enum"',
        },
      ],
    },
    { name: 'Two values.', edit: documentedEdit('ppc-enum-nonempty', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
