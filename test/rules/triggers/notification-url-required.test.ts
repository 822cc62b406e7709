import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { callbackProperty, webhookBody, withWebhook } from '../../helpers/triggers';

describe('ppc-notification-url-required', () => {
  ruleScenarios('ppc-notification-url-required', [
    {
      name: 'The callback property is optional.',
      edit: documentedEdit('ppc-notification-url-required', 'invalid'),
      expect: [
        {
          path: ['paths', '/hooks', 'post', 'parameters', '0', 'schema', 'required'],
          line: { containing: '"required": [],' },
          message: 'Notification URL property "callbackUrl" is not listed in its schema\'s "required"',
        },
      ],
    },
    {
      name: 'A required callback property.',
      edit: documentedEdit('ppc-notification-url-required', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-notification-url-required, further cases', () => {
  it('reports a required path broken by an optional parent property, and leaves an optional body alone', async () => {
    const nested = withWebhook();
    webhookBody(nested).schema = {
      type: 'object',
      properties: {
        config: {
          type: 'object',
          required: ['callbackUrl'],
          properties: { callbackUrl: callbackProperty(withWebhook()) },
        },
      },
    };
    const [r] = await lintRule('ppc-notification-url-required', nested);
    expect(r).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/hooks', 'post', 'parameters', '0', 'schema'],
    });
    expect(r.message).toContain('Property "config", on the way to notification URL "callbackUrl", is not listed');
    const optional = withWebhook();
    webhookBody(optional).required = false;
    expect(await lintRule('ppc-notification-url-required', optional)).toEqual([]);
  });
});
