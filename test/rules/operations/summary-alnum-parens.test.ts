import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

async function summaryFindings(id: string, summary: unknown, hidden = false) {
  const doc = validSwagger();
  doc.paths['/tasks'].get.summary = summary;
  if (hidden) doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
  return lintRule(id, doc);
}

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
      edit: (doc) => {
        doc.paths['/tasks'].get.summary = 'Tasks - list open, done';
      },
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
      edit: (doc) => {
        doc.paths['/tasks'].get.summary = 'List tasks (deprecated)';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
