import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

async function summaryFindings(id: string, summary: unknown, hidden = false) {
  const doc = validSwagger();
  doc.paths['/tasks'].get.summary = summary;
  if (hidden) doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
  return lintRule(id, doc);
}

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
      edit: (doc) => {
        doc.paths['/tasks'].get.summary = 'List tasks.';
      },
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
      edit: (doc) => {
        doc.paths['/tasks'].get.summary = 'List tasks (deprecated)';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
