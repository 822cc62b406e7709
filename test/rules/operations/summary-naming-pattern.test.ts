import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { summaryFindings } from '../../helpers/operations';

describe('summary rules', () => {
  it('ppc-summary-naming-pattern suggests the imperative for actions and skips triggers', async () => {
    const gets = await summaryFindings('ppc-summary-naming-pattern', 'Gets the tasks of a user');
    expect(gets).toHaveLength(1);
    expect(gets[0]).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(gets[0].message).toBe(
      'Summary "Gets the tasks of a user" starts with "Gets" instead of the imperative "Get"; start action summaries with a verb in the imperative (Microsoft string guidance).',
    );
    expect((await summaryFindings('ppc-summary-naming-pattern', 'Creating a task'))[0].message).toContain(
      'instead of the imperative "Create"',
    );
    expect((await summaryFindings('ppc-summary-naming-pattern', 'The tasks'))[0].message).toContain(
      'starts with the article "The"',
    );
    for (const ok of [
      'List tasks',
      'Returns for an order',
      'Lists of tasks',
      'PDF - Merge files',
      'Settings of a user',
    ]) {
      expect(await summaryFindings('ppc-summary-naming-pattern', ok)).toEqual([]);
    }
    const trigger = validSwagger();
    trigger.paths['/tasks'].get.summary = 'The task is created';
    trigger.paths['/tasks'].get['x-ms-trigger'] = 'batch';
    expect(await lintRule('ppc-summary-naming-pattern', trigger)).toEqual([]);
  });
});

describe('ppc-summary-naming-pattern scenarios', () => {
  ruleScenarios('ppc-summary-naming-pattern', [
    {
      name: 'A third-person verb.',
      edit: documentedEdit('ppc-summary-naming-pattern', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'summary'],
          line: { containing: '"summary": "Gets the tasks",' },
          message: 'Summary "Gets the tasks" starts with "Gets" instead of the imperative "Get"',
        },
      ],
    },
    {
      name: 'An article instead of a verb.',
      edit: documentedEdit('ppc-summary-naming-pattern', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'summary'],
          line: { containing: '"summary": "The tasks of the user",' },
          message: 'Summary "The tasks of the user" starts with the article "The" instead of a verb',
        },
      ],
    },
    { name: 'An imperative verb.', edit: documentedEdit('ppc-summary-naming-pattern', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
