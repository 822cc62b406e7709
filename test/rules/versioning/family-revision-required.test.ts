import { lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { family } from '../../helpers/versioning';

describe('versioning rules', () => {
  it('ppc-family-revision-required flags families with several empty revisions', async () => {
    const doc = family();
    delete doc.paths['/tasks'].get['x-ms-api-annotation'].revision;
    expect(await lintRule('ppc-family-revision-required', doc)).toEqual([]); // one empty revision is tolerated
    delete doc.paths['/v2/tasks'].get['x-ms-api-annotation'].revision;
    const results = await lintRule('ppc-family-revision-required', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get', 'x-ms-api-annotation'],
    });
    expect(results[0].message).toContain('"ListTasks" has no revision, like 1 other operation of family "ListTasks"');
  });
});

describe('ppc-family-revision-required scenarios', () => {
  ruleScenarios('ppc-family-revision-required', [
    {
      name: 'Two members without a revision.',
      edit: documentedEdit('ppc-family-revision-required', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-api-annotation'],
          line: { containing: '"x-ms-api-annotation": {' },
          message: '"ListTasks" has no revision, like 1 other operation of family "ListTasks"',
        },
        {
          path: ['paths', '/v2/tasks', 'get', 'x-ms-api-annotation'],
          line: 146,
          message: '"ListTasks_V2" has no revision, like 1 other operation of family "ListTasks"',
        },
      ],
    },
    {
      name: 'Revisions 1 and 2.',
      edit: documentedEdit('ppc-family-revision-required', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
