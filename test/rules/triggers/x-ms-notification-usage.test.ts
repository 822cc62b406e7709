import { lintRule, SEVERITY } from '../../helpers/lint';
import { pollingOp, webhookOp, withPolling, withWebhook } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-x-ms-notification-usage checks where x-ms-notification sits and what it points to', async () => {
    const doc = withWebhook(withPolling());
    pollingOp(doc)['x-ms-notification'] = { operationId: 'OnTaskCreated' };
    expect(await lintRule('ppc-x-ms-notification-usage', doc)).toEqual([]);
    pollingOp(doc)['x-ms-notification'] = { operationId: 'ListTasks', extra: 1 };
    webhookOp(doc)['x-ms-notification'] = { operationId: 'OnTaskCreated' };
    doc.paths['/tasks'].post['x-ms-notification'] = 'OnTaskCreated';
    const text = (await lintRule('ppc-x-ms-notification-usage', doc)).map((r) => r.message).join('\n');
    expect(text).toContain('points to "ListTasks", which is not a webhook operation');
    expect(text).toContain('has the unknown key "extra"');
    expect(text).toContain('is on the webhook operation "OnTaskCreated"');
    expect(text).toContain('x-ms-notification of "CreateTask" is OnTaskCreated, not an object');
    const [d] = await lintRule('ppc-x-ms-notification-usage', doc);
    expect(d.severity).toBe(SEVERITY.error);
  });
});

describe('ppc-x-ms-notification-usage scenarios', () => {
  ruleScenarios('ppc-x-ms-notification-usage', [
    {
      name: 'On an action.',
      edit: documentedEdit('ppc-x-ms-notification-usage', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'x-ms-notification'],
          line: { containing: '"x-ms-notification": {' },
          message:
            'x-ms-notification is on "CreateTask", which is not a trigger (NotificationExtensionSupportedForTriggerOnly)',
        },
      ],
    },
    {
      name: 'Pointing at an operation that is not a webhook.',
      edit: documentedEdit('ppc-x-ms-notification-usage', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks/trigger', 'get', 'x-ms-notification', 'operationId'],
          line: 180,
          message:
            'x-ms-notification of "OnNewTasks" points to "ListTasks", which is not a webhook operation (NotificationOperationMustBeWebhook)',
        },
      ],
    },
    {
      name: 'A polling trigger pointing at its webhook counterpart.',
      edit: documentedEdit('ppc-x-ms-notification-usage', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
