import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages, pollingOp, withPolling } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('trigger rules', () => {
  it('ppc-polling-trigger-metadata wants { kind: query, mode: polling }', async () => {
    expect(await lintRule('ppc-polling-trigger-metadata', withPolling())).toEqual([]);
    const doc = withPolling();
    pollingOp(doc)['x-ms-trigger-metadata'] = { kind: 'Query' };
    const results = await lintRule('ppc-polling-trigger-metadata', doc);
    expect(results.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        ['paths', '/tasks/trigger', 'get', 'x-ms-trigger-metadata', 'kind'],
        ['paths', '/tasks/trigger', 'get', 'x-ms-trigger-metadata'],
      ]),
    );
    expect(results).toHaveLength(2);
    expect(results[0].severity).toBe(SEVERITY.error);
    expect(results.map((r) => r.message).join('\n')).toContain('has "kind": "Query" (expected "query")');
    expect(results.map((r) => r.message).join('\n')).toContain('has no "mode"');
    pollingOp(doc)['x-ms-trigger-metadata'] = 'polling';
    expect(await messages('ppc-polling-trigger-metadata', doc)).toEqual([
      expect.stringContaining('is polling, not an object'),
    ]);
  });
});

describe('ppc-polling-trigger-metadata scenarios', () => {
  ruleScenarios('ppc-polling-trigger-metadata', [
    {
      name: 'A missing "mode".',
      edit: documentedEdit('ppc-polling-trigger-metadata', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/trigger', 'get', 'x-ms-trigger-metadata'],
          line: { containing: '"x-ms-trigger-metadata": {' },
          message: 'x-ms-trigger-metadata has no "mode" (expected "polling")',
        },
      ],
    },
    {
      name: 'A wrong "kind".',
      edit: documentedEdit('ppc-polling-trigger-metadata', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks/trigger', 'get', 'x-ms-trigger-metadata', 'kind'],
          line: { containing: '"kind": "webhook",' },
          message: 'x-ms-trigger-metadata has "kind": "webhook" (expected "query")',
        },
      ],
    },
    {
      name: 'Both keys with their only values.',
      edit: documentedEdit('ppc-polling-trigger-metadata', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
