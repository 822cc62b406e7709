import { lineOf, lintRule, SEVERITY } from '../../helpers/lint';
import { lineAfter, messages, pollingOp, withPolling } from '../../helpers/triggers';

describe('trigger rules', () => {
  it('ppc-trigger-value accepts single and batch and names anything else', async () => {
    expect(await lintRule('ppc-trigger-value', withPolling())).toEqual([]);
    const doc = withPolling();
    pollingOp(doc)['x-ms-trigger'] = 'Batch';
    const [d, ...rest] = await lintRule('ppc-trigger-value', doc);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'ppc-trigger-value', severity: SEVERITY.error, path: ['paths', '/tasks/trigger', 'get', 'x-ms-trigger'] });
    expect(d!.message).toContain('"Batch" (values are case-sensitive: use "batch")');
    expect(lineOf(d!)).toBe(lineAfter(doc, '"/tasks/trigger"', '"x-ms-trigger": "Batch"'));

    pollingOp(doc)['x-ms-trigger'] = { kind: 'single' };
    expect(await messages('ppc-trigger-value', doc)).toEqual([expect.stringContaining('is {"kind":"single"}, not a string')]);
    pollingOp(doc)['x-ms-trigger'] = null;
    expect(await messages('ppc-trigger-value', doc)).toEqual([expect.stringContaining('is null')]);
  });
});
