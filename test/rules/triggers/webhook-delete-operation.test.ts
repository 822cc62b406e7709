import { lintRule, SEVERITY } from '../../helpers/lint';
import { withWebhook } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-webhook-delete-operation wants a DELETE somewhere in the definition', async () => {
    const doc = withWebhook();
    delete doc.paths['/hooks/{hookId}'];
    expect(await lintRule('ppc-webhook-delete-operation', doc)).toEqual([]); // DeleteTask exists
    delete doc.paths['/tasks/{taskId}'].delete;
    const [d] = await lintRule('ppc-webhook-delete-operation', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/hooks', 'post'] });
    expect(d.message).toContain('Webhook trigger "OnTaskCreated" has no DELETE operation');
  });
});

describe('ppc-webhook-delete-operation scenarios', () => {
  ruleScenarios('ppc-webhook-delete-operation', [
    {
      name: 'A webhook trigger and no DELETE anywhere.',
      edit: documentedEdit('ppc-webhook-delete-operation', 'invalid'),
      expect: [
        {
          path: ['paths', '/hooks', 'post'],
          line: 121,
          message: 'Webhook trigger "OnTaskCreated" has no DELETE operation to remove the subscription',
        },
      ],
    },
    {
      name: 'An internal DELETE on a sub-path.',
      edit: documentedEdit('ppc-webhook-delete-operation', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
