import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lineOf, lintRule, SEVERITY } from '../../helpers/lint';
import { callbackProperty, lineAfter, webhookBody, withWebhook } from '../../helpers/triggers';

describe('ppc-notification-url-internal', () => {
  ruleScenarios('ppc-notification-url-internal', [
    {
      name: 'A callback property users would see.',
      edit: documentedEdit('ppc-notification-url-internal', 'invalid'),
      expect: [
        {
          path: ['paths', '/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'callbackUrl'],
          line: { containing: '"callbackUrl": {' },
          message: 'Notification URL property "callbackUrl" of "OnTaskCreated" is visible',
        },
      ],
    },
    {
      name: 'An internal callback property.',
      edit: documentedEdit('ppc-notification-url-internal', 'valid'),
      expect: [],
    },
    {
      name: 'An internal body parameter hides the callback property too.',
      edit: documentedEdit('ppc-notification-url-internal', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-notification-url-internal, further cases', () => {
  it('reports a visible callback property, unless its schema is internal', async () => {
    const visible = withWebhook();
    delete callbackProperty(visible)['x-ms-visibility'];
    const [v] = await lintRule('ppc-notification-url-internal', visible);
    expect(v).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/hooks', 'post', 'parameters', '0', 'schema', 'properties', 'callbackUrl'],
    });
    expect(v.message).toContain('"callbackUrl" of "OnTaskCreated" is visible');
    expect(lineOf(v)).toBe(lineAfter(visible, '"/hooks": {', '"callbackUrl": {'));
    webhookBody(visible).schema['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-notification-url-internal', visible)).toEqual([]);
  });
});
