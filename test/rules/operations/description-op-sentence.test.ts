import { SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { descriptionFindings } from '../../helpers/operations';

describe('operation description rules', () => {
  it('ppc-description-op-sentence warns without final punctuation, except for single words and "(deprecated)"', async () => {
    const results = await descriptionFindings('ppc-description-op-sentence', 'Lists the tasks of the signed-in user');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'description'] });
    expect(results[0].message).toBe(
      'Description "Lists the tasks of the signed-in user" does not end with a period; write it as a full sentence ending with punctuation (Microsoft certification guidance).',
    );
    const long = await descriptionFindings('ppc-description-op-sentence', `${'Lists the tasks. '.repeat(10)}And more`);
    expect(long[0].message).toMatch(/^Description "….*And more" does not end/);
    for (const ok of [
      'Lists tasks.',
      'Is it done?',
      'Lists "open" tasks (see the docs.)',
      'Tasks',
      'Lists the tasks (deprecated)',
      '  Lists tasks.  ',
    ]) {
      expect(await descriptionFindings('ppc-description-op-sentence', ok)).toEqual([]);
    }
    expect(await descriptionFindings('ppc-description-op-sentence', 'Lists the tasks', true)).toEqual([]);
  });
});

describe('ppc-description-op-sentence scenarios', () => {
  ruleScenarios('ppc-description-op-sentence', [
    {
      name: 'No final period.',
      edit: documentedEdit('ppc-description-op-sentence', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'description'],
          line: { containing: '"description": "Lists the tasks of the signed-in user",' },
          message: 'Description "Lists the tasks of the signed-in user" does not end with a period',
        },
      ],
    },
    {
      name: 'A sentence with a final period.',
      edit: documentedEdit('ppc-description-op-sentence', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-description-op-sentence, further cases', () => {
  it('a description that repeats the summary is reported once, by ppc-description-op-differs', async () => {
    expect(await descriptionFindings('ppc-description-op-sentence', 'List tasks')).toEqual([]);
    expect(await descriptionFindings('ppc-description-op-sentence', 'List all tasks')).toHaveLength(1);
  });
});
