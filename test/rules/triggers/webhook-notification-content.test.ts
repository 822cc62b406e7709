import { lintRule, SEVERITY } from '../../helpers/lint';
import { webhookOp, withWebhook } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-webhook-notification-content wants notification content beside notification URLs', async () => {
    const doc = withWebhook();
    delete doc.paths['/hooks']['x-ms-notification-content'];
    const [d] = await lintRule('ppc-webhook-notification-content', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/hooks', 'post'] });
    expect(d.message).toContain(
      '"OnTaskCreated" has 1 property marked as notification URL, but its path item has no x-ms-notification-content',
    );
    // A webhook action (no x-ms-trigger) needs it too.
    delete webhookOp(doc)['x-ms-trigger'];
    expect(await lintRule('ppc-webhook-notification-content', doc)).toHaveLength(1);
    // On the operation, as the extension docs say, it is accepted.
    webhookOp(doc)['x-ms-notification-content'] = { schema: { $ref: '#/definitions/Task' } };
    expect(await lintRule('ppc-webhook-notification-content', doc)).toEqual([]);
  });
});

describe('ppc-webhook-notification-content scenarios', () => {
  ruleScenarios('ppc-webhook-notification-content', [
    {
      name: 'A webhook without notification content.',
      edit: documentedEdit('ppc-webhook-notification-content', 'invalid'),
      expect: [
        {
          path: ['paths', '/hooks', 'post'],
          line: 134,
          message:
            '"OnTaskCreated" has 1 property marked as notification URL, but its path item has no x-ms-notification-content',
        },
      ],
    },
    {
      name: 'Notification content on the path item.',
      edit: documentedEdit('ppc-webhook-notification-content', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
