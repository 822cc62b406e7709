import { lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { callbackProperty, lineAfter, messages, webhookBody, webhookOp, withWebhook } from '../../helpers/triggers';

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
    expect(d!.path).toEqual(['definitions', 'SubscriptionBase', 'required']);
    expect(d!.message).toContain('Notification URL property "callbackUrl" is not listed in its schema\'s "required"');
  });

  it('ppc-notification-url-string, -internal and -required check the callback property', async () => {
    const doc = withWebhook();
    callbackProperty(doc).type = 'object';
    const [s] = await lintRule('ppc-notification-url-string', doc);
    expect(s).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'callbackUrl', 'type'] });
    expect(s!.message).toContain('has type "object"');
    delete callbackProperty(doc).type;
    expect(await messages('ppc-notification-url-string', doc)).toEqual([expect.stringContaining('"callbackUrl" has no type')]);

    const visible = withWebhook();
    delete callbackProperty(visible)['x-ms-visibility'];
    const [v] = await lintRule('ppc-notification-url-internal', visible);
    expect(v).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'callbackUrl'] });
    expect(v!.message).toContain('"callbackUrl" of "OnTaskCreated" is visible');
    expect(lineOf(v!)).toBe(lineAfter(visible, '"/hooks": {', '"callbackUrl": {'));
    webhookBody(visible).schema['x-ms-visibility'] = 'internal'; // an internal parent hides it
    expect(await lintRule('ppc-notification-url-internal', visible)).toEqual([]);

    const nested = withWebhook();
    webhookBody(nested).schema = { type: 'object', properties: { config: { type: 'object', required: ['callbackUrl'], properties: { callbackUrl: callbackProperty(withWebhook()) } } } };
    const [r] = await lintRule('ppc-notification-url-required', nested);
    expect(r).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/hooks', 'post', 'parameters', '0', 'schema'] });
    expect(r!.message).toContain('Property "config", on the way to notification URL "callbackUrl", is not listed');

    const optional = withWebhook();
    webhookBody(optional).required = false;
    expect(await lintRule('ppc-notification-url-required', optional)).toEqual([]);
    const [b] = await lintRule('ppc-notification-url-body-required', optional);
    expect(b).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/hooks', 'post', 'parameters', '0', 'required'] });
    expect(b!.message).toContain('The body parameter "body" of "OnTaskCreated", which holds notification URL "callbackUrl", is not "required": true');
  });

  it('ppc-x-ms-notification-url wants a boolean', async () => {
    const doc = withWebhook();
    callbackProperty(doc)['x-ms-notification-url'] = 'true';
    const [d] = await lintRule('ppc-x-ms-notification-url', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'callbackUrl', 'x-ms-notification-url'] });
    expect(d!.message).toContain('is the string "true"');
    // "true" still counts as the marker for the other rules.
    expect(await lintRule('ppc-webhook-notification-url', doc)).toEqual([]);
  });
});
