import { lintRule, validSwagger } from '../../helpers/lint';
import { webhookBody, webhookOp, withWebhook } from '../../helpers/triggers';

const WEBHOOK_RULES = [
  'ppc-webhook-notification-url',
  'ppc-notification-url-in-body',
  'ppc-notification-url-string',
  'ppc-notification-url-internal',
  'ppc-notification-url-required',
  'ppc-notification-url-body-required',
  'ppc-webhook-notification-content',
  'ppc-webhook-output-schema',
  'ppc-webhook-delete-operation',
  'ppc-webhook-location-header',
  'ppc-webhook-params-consistent',
  'ppc-x-ms-notification-usage',
  'ppc-x-ms-notification-content',
  'ppc-x-ms-notification-url',
];

describe('webhook rules', () => {
  it('are silent on the valid fixture and on a compliant webhook', async () => {
    for (const id of WEBHOOK_RULES) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      expect({ id, results: await lintRule(id, withWebhook()) }).toEqual({ id, results: [] });
    }
  });

  it('finds the callback property through $ref, allOf and a shared body parameter', async () => {
    const doc = withWebhook();
    doc.definitions.Subscription = { allOf: [{ $ref: '#/definitions/SubscriptionBase' }] };
    doc.definitions.SubscriptionBase = webhookBody(doc).schema;
    doc.parameters.SubscriptionBody = { ...webhookBody(doc), schema: { $ref: '#/definitions/Subscription' } };
    webhookOp(doc).parameters = [{ $ref: '#/parameters/SubscriptionBody' }];
    for (const id of WEBHOOK_RULES) expect({ id, results: await lintRule(id, doc) }).toEqual({ id, results: [] });
    doc.definitions.SubscriptionBase.required = [];
    const [d] = await lintRule('ppc-notification-url-required', doc);
    expect(d.path).toEqual(['definitions', 'SubscriptionBase', 'required']);
    expect(d.message).toContain('Notification URL property "callbackUrl" is not listed in its schema\'s "required"');
  });
});
