import { SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { summaryFindings } from '../../helpers/operations';

describe('summary rules', () => {
  it('ppc-summary-no-trailing-punct reports a final period or space and accepts ")"', async () => {
    const period = await summaryFindings('ppc-summary-no-trailing-punct', 'List tasks.');
    expect(period).toHaveLength(1);
    expect(period[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(period[0].message).toBe(
      'Summary "List tasks." ends with "."; end it with a letter or digit (Microsoft rejects summaries that end with punctuation or a space).',
    );
    const space = await summaryFindings('ppc-summary-no-trailing-punct', 'List tasks ');
    expect(space[0].message).toContain('ends with whitespace');
    expect(await summaryFindings('ppc-summary-no-trailing-punct', 'List tasks (deprecated)')).toEqual([]);
    expect(await summaryFindings('ppc-summary-no-trailing-punct', 'List tasks V2')).toEqual([]);
    expect(await summaryFindings('ppc-summary-no-trailing-punct', 'List tasks.', true)).toEqual([]);
  });
});

describe('ppc-summary-no-trailing-punct scenarios', () => {
  ruleScenarios('ppc-summary-no-trailing-punct', [
    {
      name: 'A final period.',
      edit: documentedEdit('ppc-summary-no-trailing-punct', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'summary'],
          line: { containing: '"summary": "List tasks.",' },
          message: 'Summary "List tasks." ends with "."',
        },
      ],
    },
    {
      name: 'The "(deprecated)" suffix ends with ")".',
      edit: documentedEdit('ppc-summary-no-trailing-punct', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
