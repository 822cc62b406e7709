import { lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { withQueryParam } from '../../helpers/parameters';

describe('parameter string rules', () => {
  it('ppc-param-summary-title-case flags labels not in title case', async () => {
    const [notTitle] = await lintRule(
      'ppc-param-summary-title-case',
      withQueryParam({ 'x-ms-summary': 'Number of tasks' }),
    );
    expect(notTitle).toMatchObject({
      severity: SEVERITY.warn,
      path: ['paths', '/tasks', 'get', 'parameters', '1', 'x-ms-summary'],
    });
    expect(notTitle.message).toBe(
      'Parameter "top" has an x-ms-summary "Number of tasks" that is not in title case ("tasks"); capitalise each main word of the label (Microsoft\'s string guidance).',
    );
    for (const ok of [
      'Number of Tasks',
      'iPhone Model',
      'Top (Max 100)',
      'Task ID',
      '2nd Owner',
      'Word '.repeat(20).trim(),
    ]) {
      expect(await lintRule('ppc-param-summary-title-case', withQueryParam({ 'x-ms-summary': ok }))).toEqual([]);
    }
  });
});

describe('ppc-param-summary-title-case scenarios', () => {
  ruleScenarios('ppc-param-summary-title-case', [
    {
      name: 'A lower-case label.',
      edit: documentedEdit('ppc-param-summary-title-case', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-summary'],
          line: { containing: '"x-ms-summary": "task status",' },
          message: 'Parameter "status" has an x-ms-summary "task status" that is not in title case ("task")',
        },
      ],
    },
    {
      name: 'Title case; small words may stay lower case.',
      edit: documentedEdit('ppc-param-summary-title-case', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
