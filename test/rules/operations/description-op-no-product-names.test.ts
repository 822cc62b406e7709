import { SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { descriptionFindings } from '../../helpers/operations';

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
      edit: documentedEdit('ppc-description-op-no-product-names', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'description'],
          line: { containing: '"description": "Lists the tasks to use in Power Apps.",' },
          message: 'Description "Lists the tasks to use in Power Apps." contains "Power Apps"',
        },
      ],
    },
    { name: 'No product name.', edit: documentedEdit('ppc-description-op-no-product-names', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
