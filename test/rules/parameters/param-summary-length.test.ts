import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { withQueryParam } from '../../helpers/parameters';

describe('ppc-param-summary-length', () => {
  ruleScenarios('ppc-param-summary-length', [
    {
      name: 'A label of 90 characters.',
      edit: documentedEdit('ppc-param-summary-length', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-summary'],
          line: {
            containing:
              '"x-ms-summary": "Status Status Status Status Status Status Status Status Status Status Status Status Status",',
          },
          message:
            'Parameter "status" has an x-ms-summary of 90 characters ("Status Status Status Status Status Status Status Status Sta…")',
        },
      ],
    },
    {
      name: 'A label of 77 characters.',
      edit: documentedEdit('ppc-param-summary-length', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-param-summary-length, further cases', () => {
  it('ppc-param-summary-length flags long labels only', async () => {
    const long = withQueryParam({ 'x-ms-summary': 'Word '.repeat(20).trim() });
    const [tooLong] = await lintRule('ppc-param-summary-length', long);
    expect(tooLong).toMatchObject({
      severity: SEVERITY.warn,
      path: ['paths', '/tasks', 'get', 'parameters', '1', 'x-ms-summary'],
    });
    expect(tooLong.message).toContain('Parameter "top" has an x-ms-summary of 99 characters');
    expect(tooLong.message).toContain('shorten the label to 80 characters or fewer');
    expect(await lintRule('ppc-param-summary-length', withQueryParam({ 'x-ms-summary': 'number of tasks' }))).toEqual(
      [],
    );
    expect(
      await lintRule('ppc-param-summary-length', withQueryParam({ 'x-ms-summary': 'Word '.repeat(16).trim() })),
    ).toEqual([]);
  });
});
