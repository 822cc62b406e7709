import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

/** A second visible query parameter on GET /tasks. */
function withQueryParam(extra: Record<string, unknown>): Record<string, any> {
  const doc = validSwagger();
  doc.paths['/tasks'].get.parameters.push({
    name: 'top',
    in: 'query',
    type: 'integer',
    'x-ms-summary': 'Top',
    description: 'How many tasks to return.',
    ...extra,
  });
  return doc;
}

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
      edit: (doc) => {
        doc.paths['/tasks'].get.parameters[0].description = 'Only return tasks with this status';
      },
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'description'],
          line: { containing: '"description": "Only return tasks with this status"' },
          message:
            'Parameter "status" has a description "Only return tasks with this status" without final punctuation',
        },
      ],
    },
    { name: 'A sentence.', edit: () => {}, expect: [] },
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
