import { SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { summaryFindings } from '../../helpers/operations';

describe('summary rules', () => {
  it('ppc-summary-alnum-parens warns on other punctuation, leaving restricted and final characters to their rules', async () => {
    const results = await summaryFindings('ppc-summary-alnum-parens', "Excel - get a user's cell, value.");
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(results[0].message).toContain('contains "-", "\'", ","');
    expect(results[0].message).not.toContain('"."');
    expect(await summaryFindings('ppc-summary-alnum-parens', 'Get A/B')).toEqual([]);
    expect(await summaryFindings('ppc-summary-alnum-parens', 'List tasks (deprecated)')).toEqual([]);
  });
});

describe('ppc-summary-alnum-parens scenarios', () => {
  ruleScenarios('ppc-summary-alnum-parens', [
    {
      name: 'A hyphen and a comma.',
      edit: documentedEdit('ppc-summary-alnum-parens', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'summary'],
          line: { containing: '"summary": "Tasks - list open, done",' },
          message: 'Summary "Tasks - list open, done" contains "-", ","',
        },
      ],
    },
    {
      name: 'Parentheses are fine.',
      edit: documentedEdit('ppc-summary-alnum-parens', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
