import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { withQueryParam } from '../../helpers/parameters';

describe('ppc-param-description-meaningful', () => {
  ruleScenarios('ppc-param-description-meaningful', [
    {
      name: 'The name repeated.',
      edit: documentedEdit('ppc-param-description-meaningful', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'description'],
          line: { containing: '"description": "Task status."' },
          message: 'Parameter "taskStatus" has the description "Task status.", which only repeats its name',
        },
      ],
    },
    { name: 'A real sentence.', edit: documentedEdit('ppc-param-description-meaningful', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-param-description-meaningful, further cases', () => {
  it('ppc-param-description-sentence leaves a description that repeats the name or label to the rule that owns it', async () => {
    const sameAsName = withQueryParam({ name: 'publickey', 'x-ms-summary': 'Key', description: 'public key' });
    expect(await lintRule('ppc-param-description-meaningful', sameAsName)).toHaveLength(1);
  });
});

describe('ppc-param-description-meaningful, further cases', () => {
  it('ppc-param-description-meaningful flags a description that only repeats the name', async () => {
    const [finding] = await lintRule(
      'ppc-param-description-meaningful',
      withQueryParam({ name: 'pageSize', description: 'Page size.' }),
    );
    expect(finding).toMatchObject({
      severity: SEVERITY.warn,
      path: ['paths', '/tasks', 'get', 'parameters', '1', 'description'],
    });
    expect(finding.message).toContain(
      'Parameter "pageSize" has the description "Page size.", which only repeats its name',
    );
    expect(
      await lintRule(
        'ppc-param-description-meaningful',
        withQueryParam({ name: 'pageSize', 'x-ms-summary': 'Page Size', description: 'Page size.' }),
      ),
    ).toEqual([]);
  });
});
