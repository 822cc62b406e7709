import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter and schema value rules', () => {
  it('ppc-format-known', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.id.format = 'guid';
    doc.paths['/tasks'].get.parameters[0].format = 'Date-Time';
    const results = await lintRule('ppc-format-known', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      severity: SEVERITY.warn,
      path: ['definitions', 'Task', 'properties', 'id', 'format'],
    });
    expect(results[0].message).toContain('Property "id" has the format "string/guid"; use one of int32');
  });
});

describe('ppc-format-known scenarios', () => {
  ruleScenarios('ppc-format-known', [
    {
      name: 'A "guid" format.',
      edit: documentedEdit('ppc-format-known', 'invalid'),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'id', 'format'],
          line: { containing: '"format": "guid"' },
          message: 'Property "id" has the format "string/guid"',
        },
      ],
    },
    {
      name: 'A "uuid" format.',
      edit: documentedEdit('ppc-format-known', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
