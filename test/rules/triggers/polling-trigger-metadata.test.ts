import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages, pollingOp, withPolling } from '../../helpers/triggers';

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
    expect(results[0]!.severity).toBe(SEVERITY.error);
    expect(results.map((r) => r.message).join('\n')).toContain('has "kind": "Query" (expected "query")');
    expect(results.map((r) => r.message).join('\n')).toContain('has no "mode"');
    pollingOp(doc)['x-ms-trigger-metadata'] = 'polling';
    expect(await messages('ppc-polling-trigger-metadata', doc)).toEqual([expect.stringContaining('is polling, not an object')]);
  });
});
