import { SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { descriptionFindings } from '../../helpers/operations';

describe('operation description rules', () => {
  it('ppc-description-op-differs warns when the description repeats the summary', async () => {
    const results = await descriptionFindings('ppc-description-op-differs', '  list   TASKS. ');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'description'] });
    expect(results[0].message).toContain('"  list   TASKS. " repeats the summary');
    expect(await descriptionFindings('ppc-description-op-differs', 'List tasks.', true)).toEqual([]);
    expect(await descriptionFindings('ppc-description-op-differs', '')).toEqual([]);
  });
});

describe('ppc-description-op-differs scenarios', () => {
  ruleScenarios('ppc-description-op-differs', [
    {
      name: 'The summary repeated with a period.',
      edit: documentedEdit('ppc-description-op-differs', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'description'],
          line: { containing: '"description": "List tasks.",' },
          message: 'Description "List tasks." repeats the summary',
        },
      ],
    },
    {
      name: 'A description that adds detail.',
      edit: documentedEdit('ppc-description-op-differs', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-description-op-differs, further cases', () => {
  it('a description that repeats the summary is reported once, by ppc-description-op-differs', async () => {
    expect(await descriptionFindings('ppc-description-op-differs', 'List tasks')).toHaveLength(1);
    expect(await descriptionFindings('ppc-description-op-differs', 'List all tasks')).toEqual([]);
  });
});
