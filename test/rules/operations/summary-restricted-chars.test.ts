import { SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { summaryFindings } from '../../helpers/operations';

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
      edit: documentedEdit('ppc-summary-restricted-chars', 'invalid'),
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
      edit: documentedEdit('ppc-summary-restricted-chars', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
