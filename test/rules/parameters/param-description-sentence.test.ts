import { lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { withQueryParam } from '../../helpers/parameters';

describe('parameter string rules', () => {
  it('ppc-param-description-sentence wants final punctuation', async () => {
    const [finding] = await lintRule(
      'ppc-param-description-sentence',
      withQueryParam({ description: 'How many tasks to return' }),
    );
    expect(finding).toMatchObject({
      severity: SEVERITY.warn,
      path: ['paths', '/tasks', 'get', 'parameters', '1', 'description'],
    });
    expect(finding.message).toContain('has a description "How many tasks to return" without final punctuation');
    const long = await lintRule(
      'ppc-param-description-sentence',
      withQueryParam({ description: `${'A very long description '.repeat(3)}that ends without a period` }),
    );
    expect(long[0].message).toContain('ending "…');
    for (const ok of ['How many tasks?', 'The count (default 10).', 'Use "all".', 'Wie viele Aufgaben!']) {
      expect(await lintRule('ppc-param-description-sentence', withQueryParam({ description: ok }))).toEqual([]);
    }
  });

  it('ppc-param-description-sentence exempts single words, as every sentence rule does', async () => {
    expect(
      await lintRule(
        'ppc-param-description-sentence',
        withQueryParam({ name: 'limit', 'x-ms-summary': 'Limit', description: 'Count' }),
      ),
    ).toEqual([]);
    expect(
      await lintRule(
        'ppc-param-description-sentence',
        withQueryParam({ name: 'limit', 'x-ms-summary': 'Limit', description: 'Item count' }),
      ),
    ).toHaveLength(1);
  });
});

describe('ppc-param-description-sentence scenarios', () => {
  ruleScenarios('ppc-param-description-sentence', [
    {
      name: 'No final period.',
      edit: documentedEdit('ppc-param-description-sentence', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'description'],
          line: { containing: '"description": "Only return tasks with this status"' },
          message:
            'Parameter "status" has a description "Only return tasks with this status" without final punctuation',
        },
      ],
    },
    { name: 'A sentence.', edit: documentedEdit('ppc-param-description-sentence', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-param-description-sentence, further cases', () => {
  it('ppc-param-description-sentence leaves a description that repeats the name or label to the rule that owns it', async () => {
    const sameAsLabel = withQueryParam({ 'x-ms-summary': 'Task Count', description: 'task count' });
    expect(await lintRule('ppc-param-description-sentence', sameAsLabel)).toEqual([]);
    const sameAsName = withQueryParam({ name: 'publickey', 'x-ms-summary': 'Key', description: 'public key' });
    expect(await lintRule('ppc-param-description-sentence', sameAsName)).toEqual([]);
  });
});
