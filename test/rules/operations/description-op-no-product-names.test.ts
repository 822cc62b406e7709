import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

async function descriptionFindings(id: string, description: unknown, hidden = false) {
  const doc = validSwagger();
  doc.paths['/tasks'].get.description = description;
  if (hidden) doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
  return lintRule(id, doc);
}

describe('operation description rules', () => {
  it('ppc-description-op-no-product-names reports product names', async () => {
    const results = await descriptionFindings(
      'ppc-description-op-no-product-names',
      'Lists the tasks for your Logic Apps.',
    );
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'description'] });
    expect(results[0].message).toContain('contains "Logic Apps"');
    expect(
      await descriptionFindings('ppc-description-op-no-product-names', 'Lists the tasks for your Logic Apps.', true),
    ).toEqual([]);
  });
});

describe('ppc-description-op-no-product-names scenarios', () => {
  ruleScenarios('ppc-description-op-no-product-names', [
    {
      name: 'A product name in the description.',
      edit: (doc) => {
        doc.paths['/tasks'].get.description = 'Lists the tasks to use in Power Apps.';
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'description'],
          line: { containing: '"description": "Lists the tasks to use in Power Apps.",' },
          message: 'Description "Lists the tasks to use in Power Apps." contains "Power Apps"',
        },
      ],
    },
    { name: 'No product name.', edit: () => {}, expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
