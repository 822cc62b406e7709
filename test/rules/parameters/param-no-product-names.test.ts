import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

/** A second visible query parameter on GET /tasks. */
function withQueryParam(extra: Record<string, unknown>): Record<string, any> {
  const doc = validSwagger();
  doc.paths['/tasks'].get.parameters.push({
    name: 'top',
    in: 'query',
    type: 'integer',
    'x-ms-summary': 'Top',
    description: 'How many tasks to return.',
    ...extra,
  });
  return doc;
}

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
      edit: (doc) => {
        doc.paths['/tasks'].get.parameters[0].description = 'The status to filter by in Power Automate.';
      },
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
      edit: (doc) => {
        doc.paths['/tasks'].get.parameters[0].description = 'The status to filter by.';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
