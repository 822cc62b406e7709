import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { webhookBody, withWebhook } from '../../helpers/triggers';

describe('ppc-notification-url-body-required', () => {
  ruleScenarios('ppc-notification-url-body-required', [
    {
      name: 'An optional body parameter.',
      edit: documentedEdit('ppc-notification-url-body-required', 'invalid'),
      expect: [
        {
          path: ['paths', '/hooks', 'post', 'parameters', '0', 'required'],
          line: 150,
          message:
            'The body parameter "body" of "OnTaskCreated", which holds notification URL "callbackUrl", is not "required": true',
        },
      ],
    },
    {
      name: 'A required body parameter.',
      edit: documentedEdit('ppc-notification-url-body-required', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-notification-url-body-required, further cases', () => {
  it('reports an optional body parameter that holds the callback property', async () => {
    const optional = withWebhook();
    webhookBody(optional).required = false;
    const [b] = await lintRule('ppc-notification-url-body-required', optional);
    expect(b).toMatchObject({
      severity: SEVERITY.warn,
      path: ['paths', '/hooks', 'post', 'parameters', '0', 'required'],
    });
    expect(b.message).toContain(
      'The body parameter "body" of "OnTaskCreated", which holds notification URL "callbackUrl", is not "required": true',
    );
  });
});
