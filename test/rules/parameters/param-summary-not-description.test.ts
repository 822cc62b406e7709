import { lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { withQueryParam } from '../../helpers/parameters';

describe('parameter string rules', () => {
  it('ppc-param-summary-not-description compares case and punctuation insensitively', async () => {
    const [finding] = await lintRule(
      'ppc-param-summary-not-description',
      withQueryParam({ 'x-ms-summary': 'Top', description: 'top.' }),
    );
    expect(finding).toMatchObject({
      severity: SEVERITY.warn,
      path: ['paths', '/tasks', 'get', 'parameters', '1', 'description'],
    });
    expect(finding.message).toContain('Parameter "top" has the same x-ms-summary and description ("top.")');
  });
});

describe('ppc-param-summary-not-description scenarios', () => {
  ruleScenarios('ppc-param-summary-not-description', [
    {
      name: 'The label repeated as description.',
      edit: documentedEdit('ppc-param-summary-not-description', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'description'],
          line: { containing: '"description": "Status"' },
          message: 'Parameter "status" has the same x-ms-summary and description ("Status")',
        },
      ],
    },
    {
      name: 'A description that explains.',
      edit: documentedEdit('ppc-param-summary-not-description', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-param-summary-not-description, further cases', () => {
  it('ppc-param-description-sentence leaves a description that repeats the name or label to the rule that owns it', async () => {
    const sameAsLabel = withQueryParam({ 'x-ms-summary': 'Task Count', description: 'task count' });
    expect(await lintRule('ppc-param-summary-not-description', sameAsLabel)).toHaveLength(1);
  });
});
