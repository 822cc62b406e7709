import { lintRule, SEVERITY } from '../../helpers/lint';
import { withWebhook } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-webhook-output-schema wants a non-empty notification schema', async () => {
    const doc = withWebhook();
    doc.paths['/hooks']['x-ms-notification-content'].schema = {};
    const [d] = await lintRule('ppc-webhook-output-schema', doc);
    expect(d).toMatchObject({
      severity: SEVERITY.warn,
      path: ['paths', '/hooks', 'x-ms-notification-content', 'schema'],
    });
    expect(d.message).toContain('"OnTaskCreated" has an empty x-ms-notification-content schema');
    doc.definitions.Empty = {};
    doc.paths['/hooks']['x-ms-notification-content'].schema = { $ref: '#/definitions/Empty' };
    expect((await lintRule('ppc-webhook-output-schema', doc))[0].path).toEqual(['definitions', 'Empty']);
    doc.paths['/hooks']['x-ms-notification-content'].schema = { $ref: '#/definitions/Missing' };
    expect(await lintRule('ppc-webhook-output-schema', doc)).toEqual([]);
  });
});

describe('ppc-webhook-output-schema scenarios', () => {
  ruleScenarios('ppc-webhook-output-schema', [
    {
      name: 'An empty notification schema.',
      edit: documentedEdit('ppc-webhook-output-schema', 'invalid'),
      expect: [
        {
          path: ['paths', '/hooks', 'x-ms-notification-content', 'schema'],
          line: { containing: '"schema": {}' },
          message: 'Webhook trigger "OnTaskCreated" has an empty x-ms-notification-content schema',
        },
      ],
    },
    {
      name: 'The notification schema refers to a definition.',
      edit: documentedEdit('ppc-webhook-output-schema', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
