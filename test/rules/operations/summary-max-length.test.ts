import { SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { summaryFindings } from '../../helpers/operations';

describe('summary rules', () => {
  it('ppc-summary-max-length allows 80 characters and names the length above', async () => {
    expect(await summaryFindings('ppc-summary-max-length', 'x'.repeat(80))).toEqual([]);
    const results = await summaryFindings('ppc-summary-max-length', 'x'.repeat(81));
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(results[0].message).toContain('has 81 characters; shorten it to 80 characters or fewer');
    expect(await summaryFindings('ppc-summary-max-length', 'x'.repeat(81), true)).toEqual([]);
  });
});

describe('ppc-summary-max-length scenarios', () => {
  ruleScenarios('ppc-summary-max-length', [
    {
      name: 'An 87-character summary.',
      edit: documentedEdit('ppc-summary-max-length', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'summary'],
          line: {
            containing:
              '"summary": "List the tasks of the signed-in user across every project and team they are a member of",',
          },
          message: 'Summary "List the tasks of the signed-in user across every project a…" has 87 characters',
        },
      ],
    },
    { name: 'A short summary.', edit: documentedEdit('ppc-summary-max-length', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
