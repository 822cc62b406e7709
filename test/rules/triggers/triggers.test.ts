import { lintRule, validSwagger } from '../../helpers/lint';
import { withPolling, withWebhook } from '../../helpers/triggers';

describe('trigger rules', () => {
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
