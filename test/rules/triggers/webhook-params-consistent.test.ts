import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages, pollingOp, webhookOp, withPolling, withWebhook } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-webhook-params-consistent compares fetch and subscribe parameters', async () => {
    const doc = withWebhook(withPolling());
    pollingOp(doc)['x-ms-notification'] = { operationId: 'OnTaskCreated' };
    webhookOp(doc).parameters.push({ name: 'since', in: 'query', type: 'integer', 'x-ms-visibility': 'advanced' });
    const [d] = await lintRule('ppc-webhook-params-consistent', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/hooks', 'post', 'parameters', '1'] });
    expect(d.message).toContain(
      'Parameter "since" of "OnTaskCreated" differs from the one of "OnNewTasks" (type "integer" vs "string", visibility "advanced" vs "internal")',
    );
    // A GET trigger beside the webhook on the same path is its fetch operation too.
    const same = withWebhook();
    same.paths['/hooks'].get = { ...withPolling().paths['/tasks/trigger'].get, operationId: 'PollHooks' };
    webhookOp(same).parameters.push({ name: 'since', in: 'query', type: 'string' });
    expect(await messages('ppc-webhook-params-consistent', same)).toEqual([
      expect.stringContaining('visibility "none" vs "internal"'),
    ]);
  });
});

describe('ppc-webhook-params-consistent scenarios', () => {
  ruleScenarios('ppc-webhook-params-consistent', [
    {
      name: 'A polling trigger linked to a webhook, where "since" is internal in one and an advanced integer in the other.',
      edit: documentedEdit('ppc-webhook-params-consistent', 'invalid'),
      expect: [
        {
          path: ['paths', '/hooks', 'post', 'parameters', '1'],
          line: 169,
          message:
            'Parameter "since" of "OnTaskCreated" differs from the one of "OnNewTasks" (type "integer" vs "string", visibility "advanced" vs "internal")',
        },
      ],
    },
    {
      name: 'The same "since" parameter in both.',
      edit: documentedEdit('ppc-webhook-params-consistent', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
