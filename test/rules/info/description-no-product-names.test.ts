import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('description rules', () => {
  it('ppc-description-no-product-names names the product', async () => {
    const doc = validSwagger();
    doc.info.description = 'Contoso Tasks keeps track of work items for your PowerApps and flows.';
    const results = await lintRule('ppc-description-no-product-names', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['info', 'description'] });
    expect(results[0].message).toContain('contains "PowerApps"');
    doc.info.description = 'Contoso Tasks keeps track of work items; works with Power Platform and Copilot Studio.';
    expect((await lintRule('ppc-description-no-product-names', doc))[0].message).toContain('contains "Power Platform"');
    doc.info.description = 'Contoso Tasks keeps track of your team work, powered by automated apps.';
    expect(await lintRule('ppc-description-no-product-names', doc)).toEqual([]);
  });
});

describe('ppc-description-no-product-names scenarios', () => {
  ruleScenarios('ppc-description-no-product-names', [
    {
      name: 'A description naming Power Automate.',
      edit: documentedEdit('ppc-description-no-product-names', 'invalid'),
      expect: [
        {
          path: ['info', 'description'],
          line: { containing: '"description": "Use Contoso Tasks in Power Automate to track team work items.",' },
          message:
            'Description "Use Contoso Tasks in Power Automate to track team work item…" contains "Power Automate"',
        },
      ],
    },
    {
      name: 'A description of the service alone.',
      edit: documentedEdit('ppc-description-no-product-names', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
