import { lintRule, SEVERITY } from '../../helpers/lint';
import { webhookBody, webhookOp, withWebhook } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-notification-url-in-body rejects query parameters and response properties', async () => {
    const doc = withWebhook();
    webhookOp(doc).parameters.push({ name: 'callback', in: 'query', type: 'string', 'x-ms-notification-url': true });
    doc.definitions.Task.properties.id['x-ms-notification-url'] = true;
    const results = await lintRule('ppc-notification-url-in-body', doc);
    expect(results.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        ['paths', '/hooks', 'post', 'parameters', '1', 'x-ms-notification-url'],
        ['definitions', 'Task', 'properties', 'id', 'x-ms-notification-url'],
      ]),
    );
    expect(results).toHaveLength(2);
    expect(results.map((r) => r.message).join('\n')).toContain('The "query" parameter "callback" is marked');
    expect(results.map((r) => r.message).join('\n')).toContain('The output schema property "id" is marked');
    expect(results[0].severity).toBe(SEVERITY.error);
    // A definition used by both a request body and a response is a body schema.
    const shared = withWebhook();
    webhookBody(shared).schema = { $ref: '#/definitions/Hook' };
    shared.definitions.Hook = withWebhook().paths['/hooks'].post.parameters[0].schema;
    shared.paths['/hooks'].post.responses['201'].schema = { $ref: '#/definitions/Hook' };
    expect(await lintRule('ppc-notification-url-in-body', shared)).toEqual([]);
  });
});

describe('ppc-notification-url-in-body scenarios', () => {
  ruleScenarios('ppc-notification-url-in-body', [
    {
      name: 'A query parameter marked as the callback URL.',
      edit: documentedEdit('ppc-notification-url-in-body', 'invalid'),
      expect: [
        {
          path: ['paths', '/hooks', 'post', 'parameters', '1', 'x-ms-notification-url'],
          line: 173,
          message: 'The "query" parameter "callback" is marked "x-ms-notification-url"',
        },
      ],
    },
    {
      name: 'A response property marked as the callback URL.',
      edit: documentedEdit('ppc-notification-url-in-body', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'id', 'x-ms-notification-url'],
          line: { containing: '"x-ms-notification-url": true' },
          message: 'The output schema property "id" is marked "x-ms-notification-url"',
        },
      ],
    },
    {
      name: 'The marker on a request body property.',
      edit: documentedEdit('ppc-notification-url-in-body', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
