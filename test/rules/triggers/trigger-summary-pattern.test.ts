import { lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { lineAfter, pollingOp, withPolling } from '../../helpers/triggers';

describe('trigger rules', () => {
  it('ppc-trigger-summary-pattern wants "When …" on visible triggers only', async () => {
    const doc = withPolling();
    pollingOp(doc).summary = 'New tasks';
    const [d] = await lintRule('ppc-trigger-summary-pattern', doc);
    expect(d).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks/trigger', 'get', 'summary'] });
    expect(d!.message).toContain('"New tasks" does not start with "When"');
    expect(lineOf(d!)).toBe(lineAfter(doc, '"/tasks/trigger"', '"summary": "New tasks"'));
    pollingOp(doc).deprecated = true;
    expect(await lintRule('ppc-trigger-summary-pattern', doc)).toEqual([]);
    delete pollingOp(doc).deprecated;
    pollingOp(doc)['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-trigger-summary-pattern', doc)).toEqual([]);
    // Actions are not triggers.
    expect(await lintRule('ppc-trigger-summary-pattern', validSwagger())).toEqual([]);
  });
});
