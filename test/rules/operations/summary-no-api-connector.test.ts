import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { SEVERITY } from '../../helpers/lint';
import { summaryFindings } from '../../helpers/operations';

describe('ppc-summary-no-api-connector', () => {
  ruleScenarios('ppc-summary-no-api-connector', [
    {
      name: 'The word "API" in the summary.',
      edit: documentedEdit('ppc-summary-no-api-connector', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'summary'],
          line: { containing: '"summary": "List tasks from the API",' },
          message: 'Summary "List tasks from the API" contains "API"',
        },
      ],
    },
    {
      name: '"API" inside a longer word is fine.',
      edit: documentedEdit('ppc-summary-no-api-connector', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-summary-no-api-connector, further cases', () => {
  it('ppc-summary-no-product-names is an error and ppc-summary-no-api-connector a warning', async () => {
    const api = await summaryFindings('ppc-summary-no-api-connector', 'Call the Contoso API');
    expect(api).toHaveLength(1);
    expect(api[0]).toMatchObject({ severity: SEVERITY.warn });
    expect(api[0].message).toContain('contains "API"');
    expect(await summaryFindings('ppc-summary-no-api-connector', 'List rapid tasks')).toEqual([]);
  });
});
