import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { get, single } from '../../helpers/paths';

describe('path key rules', () => {
  it('ppc-path-unique-ci reports the later key and names the earlier one', async () => {
    const doc = validSwagger();
    doc.paths['/Tasks'] = { get: get('ListAllTasks') };
    const finding = await single('ppc-path-unique-ci', doc, '"/Tasks": {');
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/Tasks'] });
    expect(finding.message).toBe(
      'Path "/Tasks" differs from "/tasks" only in letter case; merge the two path items into one (Microsoft rejects paths that are defined more than once with different capitalization).',
    );

    const slash = validSwagger();
    slash.paths['/tasks/'] = { get: get('ListTasksSlash') };
    expect(await lintRule('ppc-path-unique-ci', slash)).toEqual([]);
  });
});

describe('ppc-path-unique-ci scenarios', () => {
  ruleScenarios('ppc-path-unique-ci', [
    {
      name: '"/Tasks" next to "/tasks".',
      edit: documentedEdit('ppc-path-unique-ci', 'invalid'),
      expect: [
        {
          path: ['paths', '/Tasks'],
          line: { containing: '"/Tasks": {' },
          message: 'Path "/Tasks" differs from "/tasks" only in letter case',
        },
      ],
    },
    {
      name: 'A path that differs in more than case.',
      edit: documentedEdit('ppc-path-unique-ci', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-path-unique-ci, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-path-unique-ci';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
