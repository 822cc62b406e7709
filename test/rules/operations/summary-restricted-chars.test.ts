import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

async function summaryFindings(id: string, summary: unknown, hidden = false) {
  const doc = validSwagger();
  doc.paths['/tasks'].get.summary = summary;
  if (hidden) doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
  return lintRule(id, doc);
}

describe('summary rules', () => {
  it('ppc-summary-restricted-chars names every restricted character', async () => {
    const results = await summaryFindings('ppc-summary-restricted-chars', 'Get A/B & C?');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(results[0].message).toBe(
      'Summary "Get A/B & C?" contains "/", "&", "?"; rephrase without / \\ < > * % & ? (Microsoft rejects these characters in summaries: RestrictedCharactersInSummary).',
    );
    expect(await summaryFindings('ppc-summary-restricted-chars', 'Get A/B', true)).toEqual([]);
  });
});

describe('ppc-summary-restricted-chars scenarios', () => {
  ruleScenarios('ppc-summary-restricted-chars', [
    {
      name: 'A slash in the summary.',
      edit: (doc) => {
        doc.paths['/tasks'].get.summary = 'List open/done tasks';
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'summary'],
          line: { containing: '"summary": "List open/done tasks",' },
          message: 'Summary "List open/done tasks" contains "/"',
        },
      ],
    },
    {
      name: 'The same summary in words.',
      edit: (doc) => {
        doc.paths['/tasks'].get.summary = 'List open or done tasks';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
