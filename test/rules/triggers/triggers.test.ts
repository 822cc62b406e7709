import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { messages, pollingOp, withPolling, withWebhook } from '../../helpers/triggers';

describe('trigger rules', () => {
  it('ppc-trigger-hint asks for a hint on visible triggers', async () => {
    const doc = withPolling();
    delete pollingOp(doc)['x-ms-trigger-hint'];
    const [d] = await lintRule('ppc-trigger-hint', doc);
    expect(d).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks/trigger', 'get'] });
    expect(d!.message).toContain('has no x-ms-trigger-hint');
    pollingOp(doc)['x-ms-trigger-hint'] = ' ';
    expect(await messages('ppc-trigger-hint', doc)).toEqual([expect.stringContaining('has an empty x-ms-trigger-hint')]);
    pollingOp(doc)['x-ms-trigger-hint'] = 42; // the type is ppc-x-ms-trigger-hint-type's business
    expect(await lintRule('ppc-trigger-hint', doc)).toEqual([]);
    expect(await lintRule('ppc-trigger-hint', withPolling())).toEqual([]);
  });

  it('all trigger rules are silent on the valid fixture and on the trigger fixtures', async () => {
    const ids = [
      'ppc-trigger-value',
      'ppc-trigger-summary-pattern',
      'ppc-trigger-hint',
      'ppc-trigger-batch-array',
      'ppc-polling-trigger-metadata',
      'ppc-polling-trigger-contract',
      'ppc-operation-context',
      'ppc-x-ms-trigger-value',
    ];
    for (const id of ids) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      expect({ id, results: await lintRule(id, withWebhook(withPolling())) }).toEqual({ id, results: [] });
    }
  });
});
