import { lineOf, lintRule, SEVERITY } from '../../helpers/lint';
import { callbackProperty, lineAfter, webhookBody, withWebhook } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-webhook-notification-url wants exactly one callback property', async () => {
    const doc = withWebhook();
    delete callbackProperty(doc)['x-ms-notification-url'];
    const [d, ...rest] = await lintRule('ppc-webhook-notification-url', doc);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'ppc-webhook-notification-url',
      severity: SEVERITY.error,
      path: ['paths', '/hooks', 'post'],
    });
    expect(d.message).toContain(
      'Webhook trigger "OnTaskCreated" has x-ms-notification-content but no request property marked',
    );
    expect(lineOf(d)).toBe(lineAfter(doc, '"/hooks": {', '"post"'));

    const two = withWebhook();
    webhookBody(two).schema.properties.other = {
      type: 'string',
      'x-ms-notification-url': true,
      'x-ms-visibility': 'internal',
    };
    const [t] = await lintRule('ppc-webhook-notification-url', two);
    expect(t.message).toContain('has 2 properties marked');
    expect(t.path).toEqual(['paths', '/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'other']);
  });
});

describe('ppc-webhook-notification-url scenarios', () => {
  ruleScenarios('ppc-webhook-notification-url', [
    {
      name: 'A webhook trigger whose callback property lost its marker.',
      edit: documentedEdit('ppc-webhook-notification-url', 'invalid'),
      expect: [
        {
          path: ['paths', '/hooks', 'post'],
          line: 140,
          message:
            'Webhook trigger "OnTaskCreated" has x-ms-notification-content but no request property marked "x-ms-notification-url": true',
        },
      ],
    },
    {
      name: 'Two callback properties.',
      edit: documentedEdit('ppc-webhook-notification-url', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'otherUrl'],
          line: { containing: '"otherUrl": {' },
          message: 'Webhook operation "OnTaskCreated" has 2 properties marked "x-ms-notification-url": true',
        },
      ],
    },
    {
      name: 'One internal, required callback property.',
      edit: documentedEdit('ppc-webhook-notification-url', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-webhook-notification-url, further cases', () => {
  it('ppc-x-ms-notification-url wants a boolean', async () => {
    const doc = withWebhook();
    callbackProperty(doc)['x-ms-notification-url'] = 'true';
    expect(await lintRule('ppc-webhook-notification-url', doc)).toEqual([]);
  });
});
