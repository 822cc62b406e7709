import { lineOf, lintRule, SEVERITY } from '../../helpers/lint';
import { lineAfter, messages, pollingOp, withPolling } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('trigger rules', () => {
  it('ppc-trigger-value accepts single and batch and names anything else', async () => {
    expect(await lintRule('ppc-trigger-value', withPolling())).toEqual([]);
    const doc = withPolling();
    pollingOp(doc)['x-ms-trigger'] = 'Batch';
    const [d, ...rest] = await lintRule('ppc-trigger-value', doc);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'ppc-trigger-value',
      severity: SEVERITY.error,
      path: ['paths', '/tasks/trigger', 'get', 'x-ms-trigger'],
    });
    expect(d.message).toContain('"Batch" (values are case-sensitive: use "batch")');
    expect(lineOf(d)).toBe(lineAfter(doc, '"/tasks/trigger"', '"x-ms-trigger": "Batch"'));

    pollingOp(doc)['x-ms-trigger'] = { kind: 'single' };
    expect(await messages('ppc-trigger-value', doc)).toEqual([
      expect.stringContaining('is {"kind":"single"}, not a string'),
    ]);
    pollingOp(doc)['x-ms-trigger'] = null;
    expect(await messages('ppc-trigger-value', doc)).toEqual([expect.stringContaining('is null')]);
  });
});

describe('ppc-trigger-value scenarios', () => {
  ruleScenarios('ppc-trigger-value', [
    {
      name: 'A trigger kind the platform does not know.',
      edit: documentedEdit('ppc-trigger-value', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/trigger', 'get', 'x-ms-trigger'],
          line: { containing: '"x-ms-trigger": "polling",' },
          message: 'x-ms-trigger is "polling"',
        },
      ],
    },
    {
      name: 'Wrong case.',
      edit: documentedEdit('ppc-trigger-value', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks/trigger', 'get', 'x-ms-trigger'],
          line: { containing: '"x-ms-trigger": "Batch",' },
          message: 'x-ms-trigger is "Batch" (values are case-sensitive: use "batch")',
        },
      ],
    },
    {
      name: 'A batch polling trigger.',
      edit: documentedEdit('ppc-trigger-value', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
