import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { callbackProperty, messages, withWebhook } from '../../helpers/triggers';

describe('ppc-notification-url-string', () => {
  ruleScenarios('ppc-notification-url-string', [
    {
      name: 'An object-typed callback property.',
      edit: documentedEdit('ppc-notification-url-string', 'invalid'),
      expect: [
        {
          path: ['paths', '/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'callbackUrl', 'type'],
          line: 160,
          message: 'Notification URL property "callbackUrl" has type "object"',
        },
      ],
    },
    {
      name: 'A string callback property.',
      edit: documentedEdit('ppc-notification-url-string', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-notification-url-string, further cases', () => {
  it('reports a callback property of another type, or of none', async () => {
    const doc = withWebhook();
    callbackProperty(doc).type = 'object';
    const [s] = await lintRule('ppc-notification-url-string', doc);
    expect(s).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'callbackUrl', 'type'],
    });
    expect(s.message).toContain('has type "object"');
    delete callbackProperty(doc).type;
    expect(await messages('ppc-notification-url-string', doc)).toEqual([
      expect.stringContaining('"callbackUrl" has no type'),
    ]);
  });
});
