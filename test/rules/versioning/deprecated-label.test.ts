import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('ppc-deprecated-label', () => {
  ruleScenarios('ppc-deprecated-label', [
    {
      name: 'A deprecated operation with its old summary.',
      edit: documentedEdit('ppc-deprecated-label', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'summary'],
          line: { containing: '"summary": "List tasks",' },
          message: 'Deprecated operation summary "List tasks" does not say "(deprecated)"',
        },
        {
          path: ['paths', '/tasks', 'get', 'description'],
          line: { containing: '"description": "Lists the tasks of the signed-in user.",' },
          message:
            'Deprecated operation description "Lists the tasks of the signed-in user." does not say "(deprecated)"',
        },
      ],
    },
    {
      name: 'Labelled summary and description.',
      edit: documentedEdit('ppc-deprecated-label', 'valid'),
      expect: [],
    },
    {
      name: 'A hidden deprecated operation.',
      edit: documentedEdit('ppc-deprecated-label', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-deprecated-label, further cases', () => {
  it('ppc-deprecated-bool and ppc-deprecated-label', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.deprecated = 'true';
    doc.paths['/tasks'].get.deprecated = true;
    const labels = await lintRule('ppc-deprecated-label', doc);
    expect(labels.map((r) => r.path)).toEqual([
      ['paths', '/tasks', 'get', 'summary'],
      ['paths', '/tasks', 'get', 'description'],
    ]);
    expect(labels[0].severity).toBe(SEVERITY.warn);
    expect(labels[0].message).toContain('summary "List tasks" does not say "(deprecated)"');
    doc.paths['/tasks'].get.summary = 'List tasks (deprecated)';
    doc.paths['/tasks'].get.description = 'Deprecated: use List tasks V2.';
    expect(await lintRule('ppc-deprecated-label', doc)).toEqual([]);
  });
});
