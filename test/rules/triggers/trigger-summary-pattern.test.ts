import { lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { lineAfter, pollingOp, withPolling } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('trigger rules', () => {
  it('ppc-trigger-summary-pattern wants "When …" on visible triggers only', async () => {
    const doc = withPolling();
    pollingOp(doc).summary = 'New tasks';
    const [d] = await lintRule('ppc-trigger-summary-pattern', doc);
    expect(d).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks/trigger', 'get', 'summary'] });
    expect(d.message).toContain('"New tasks" does not start with "When"');
    expect(lineOf(d)).toBe(lineAfter(doc, '"/tasks/trigger"', '"summary": "New tasks"'));
    pollingOp(doc).deprecated = true;
    expect(await lintRule('ppc-trigger-summary-pattern', doc)).toEqual([]);
    delete pollingOp(doc).deprecated;
    pollingOp(doc)['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-trigger-summary-pattern', doc)).toEqual([]);
    // Actions are not triggers.
    expect(await lintRule('ppc-trigger-summary-pattern', validSwagger())).toEqual([]);
  });
});

describe('ppc-trigger-summary-pattern scenarios', () => {
  ruleScenarios('ppc-trigger-summary-pattern', [
    {
      name: 'A noun phrase.',
      edit: documentedEdit('ppc-trigger-summary-pattern', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/trigger', 'get', 'summary'],
          line: { containing: '"summary": "New tasks",' },
          message: 'Trigger summary "New tasks" does not start with "When"',
        },
      ],
    },
    {
      name: '"When tasks are added".',
      edit: documentedEdit('ppc-trigger-summary-pattern', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
