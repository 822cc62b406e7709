import { lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { withQueryParam } from '../../helpers/parameters';

describe('parameter string rules', () => {
  it('ppc-param-no-product-names checks both strings of visible parameters', async () => {
    const doc = withQueryParam({
      'x-ms-summary': 'Power Apps Top',
      description: 'How many tasks to show in Power Automate.',
    });
    const results = await lintRule('ppc-param-no-product-names', doc);
    expect(results.map((r) => r.path.at(-1))).toEqual(['x-ms-summary', 'description']);
    expect(results[0].severity).toBe(SEVERITY.error);
    expect(results[1].message).toContain('naming "Power Automate"');
    doc.paths['/tasks'].get.parameters[1]['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-param-no-product-names', doc)).toEqual([]);
  });
});

describe('ppc-param-no-product-names scenarios', () => {
  ruleScenarios('ppc-param-no-product-names', [
    {
      name: 'A product name in the description.',
      edit: documentedEdit('ppc-param-no-product-names', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'description'],
          line: { containing: '"description": "The status to filter by in Power Automate."' },
          message:
            'Parameter "status" has description "The status to filter by in Power Automate." naming "Power Automate"',
        },
      ],
    },
    {
      name: 'No product name.',
      edit: documentedEdit('ppc-param-no-product-names', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
