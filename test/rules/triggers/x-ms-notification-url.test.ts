import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { callbackProperty, withWebhook } from '../../helpers/triggers';

/** Where the webhook's callback property declares x-ms-notification-url. */
const FLAG = [
  'paths',
  '/hooks',
  'post',
  'parameters',
  '0',
  'schema',
  'properties',
  'callbackUrl',
  'x-ms-notification-url',
];

describe('ppc-x-ms-notification-url', () => {
  ruleScenarios('ppc-x-ms-notification-url', [
    {
      name: 'The string "true".',
      edit: documentedEdit('ppc-x-ms-notification-url', 'invalid'),
      expect: [
        {
          path: FLAG,
          line: { containing: '"x-ms-notification-url": "true",' },
          message: 'x-ms-notification-url is the string "true"',
        },
      ],
    },
    {
      name: 'The boolean true.',
      edit: documentedEdit('ppc-x-ms-notification-url', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-x-ms-notification-url, further cases', () => {
  it('ppc-x-ms-notification-url wants a boolean', async () => {
    const doc = withWebhook();
    callbackProperty(doc)['x-ms-notification-url'] = 'true';
    const [d] = await lintRule('ppc-x-ms-notification-url', doc);
    expect(d).toMatchObject({
      severity: SEVERITY.error,
      path: FLAG,
    });
    expect(d.message).toContain('is the string "true"');
  });
});
