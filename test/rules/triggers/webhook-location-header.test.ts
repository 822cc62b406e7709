import { lintRule, SEVERITY } from '../../helpers/lint';
import { webhookOp, withWebhook } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-webhook-location-header asks for a Location header on the registration response', async () => {
    const doc = withWebhook();
    delete webhookOp(doc).responses['201'].headers;
    const [d] = await lintRule('ppc-webhook-location-header', doc);
    expect(d).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/hooks', 'post', 'responses', '201'] });
    expect(d.message).toContain('declares no Location header on its 201 response');
    webhookOp(doc).responses['201'].headers = { location: { type: 'string' } };
    expect(await lintRule('ppc-webhook-location-header', doc)).toEqual([]);
  });
});

describe('ppc-webhook-location-header scenarios', () => {
  ruleScenarios('ppc-webhook-location-header', [
    {
      name: 'A 201 response without headers.',
      edit: documentedEdit('ppc-webhook-location-header', 'invalid'),
      expect: [
        {
          path: ['paths', '/hooks', 'post', 'responses', '201'],
          line: 171,
          message: 'Webhook trigger "OnTaskCreated" declares no Location header on its 201 response',
        },
      ],
    },
    {
      name: 'A 201 response with a Location header.',
      edit: documentedEdit('ppc-webhook-location-header', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
