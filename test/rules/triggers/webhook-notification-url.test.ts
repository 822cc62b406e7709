import { lineOf, lintRule, SEVERITY } from '../../helpers/lint';
import { callbackProperty, lineAfter, webhookBody, withWebhook } from '../../helpers/triggers';

describe('webhook rules', () => {
  it('ppc-webhook-notification-url wants exactly one callback property', async () => {
    const doc = withWebhook();
    delete callbackProperty(doc)['x-ms-notification-url'];
    const [d, ...rest] = await lintRule('ppc-webhook-notification-url', doc);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'ppc-webhook-notification-url', severity: SEVERITY.error, path: ['paths', '/hooks', 'post'] });
    expect(d!.message).toContain('Webhook trigger "OnTaskCreated" has x-ms-notification-content but no request property marked');
    expect(lineOf(d!)).toBe(lineAfter(doc, '"/hooks": {', '"post"'));

    const two = withWebhook();
    webhookBody(two).schema.properties.other = { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' };
    const [t] = await lintRule('ppc-webhook-notification-url', two);
    expect(t!.message).toContain('has 2 properties marked');
    expect(t!.path).toEqual(['paths', '/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'other']);
  });
});
