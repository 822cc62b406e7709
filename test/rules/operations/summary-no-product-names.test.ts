import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { SEVERITY } from '../../helpers/lint';
import { summaryFindings } from '../../helpers/operations';

describe('ppc-summary-no-product-names', () => {
  ruleScenarios('ppc-summary-no-product-names', [
    {
      name: 'A product name in the summary.',
      edit: documentedEdit('ppc-summary-no-product-names', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'summary'],
          line: { containing: '"summary": "List tasks for Power Automate",' },
          message: 'Summary "List tasks for Power Automate" contains "Power Automate"',
        },
      ],
    },
    { name: 'No product name.', edit: documentedEdit('ppc-summary-no-product-names', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-summary-no-product-names, further cases', () => {
  it('ppc-summary-no-product-names is an error and ppc-summary-no-api-connector a warning', async () => {
    const product = await summaryFindings('ppc-summary-no-product-names', 'Send to PowerApps');
    expect(product).toHaveLength(1);
    expect(product[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(product[0].message).toContain('"Send to PowerApps" contains "PowerApps"');
    expect(await summaryFindings('ppc-summary-no-product-names', 'Send to PowerApps', true)).toEqual([]);
  });
});
