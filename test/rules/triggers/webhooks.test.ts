import { lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { callbackProperty, lineAfter, messages, pollingOp, webhookBody, webhookOp, withPolling, withWebhook } from '../../helpers/triggers';

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
    expect(results[0]!.severity).toBe(SEVERITY.error);
    // A definition used by both a request body and a response is a body schema.
    const shared = withWebhook();
    webhookBody(shared).schema = { $ref: '#/definitions/Hook' };
    shared.definitions.Hook = withWebhook().paths['/hooks'].post.parameters[0].schema;
    shared.paths['/hooks'].post.responses['201'].schema = { $ref: '#/definitions/Hook' };
    expect(await lintRule('ppc-notification-url-in-body', shared)).toEqual([]);
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

  it('ppc-webhook-notification-content wants notification content beside notification URLs', async () => {
    const doc = withWebhook();
    delete doc.paths['/hooks']['x-ms-notification-content'];
    const [d] = await lintRule('ppc-webhook-notification-content', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/hooks', 'post'] });
    expect(d!.message).toContain('"OnTaskCreated" has 1 property marked as notification URL, but its path item has no x-ms-notification-content');
    // A webhook action (no x-ms-trigger) needs it too.
    delete webhookOp(doc)['x-ms-trigger'];
    expect(await lintRule('ppc-webhook-notification-content', doc)).toHaveLength(1);
    // On the operation, as the extension docs say, it is accepted.
    webhookOp(doc)['x-ms-notification-content'] = { schema: { $ref: '#/definitions/Task' } };
    expect(await lintRule('ppc-webhook-notification-content', doc)).toEqual([]);
  });

  it('ppc-x-ms-notification-content checks the shape wherever it is', async () => {
    const doc = withWebhook();
    doc.paths['/hooks']['x-ms-notification-content'] = { $ref: '#/definitions/Task' };
    const [d] = await lintRule('ppc-x-ms-notification-content', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/hooks', 'x-ms-notification-content'] });
    expect(d!.message).toContain('x-ms-notification-content has no "schema"');
    doc.paths['/hooks']['x-ms-notification-content'] = { schema: 'Task', description: 5 };
    const text = (await messages('ppc-x-ms-notification-content', doc)).join('\n');
    expect(text).toContain('has a "schema" that is not an object (Task)');
    expect(text).toContain('has a "description" that is not a string (5)');
    doc.paths['/hooks']['x-ms-notification-content'] = null;
    expect(await messages('ppc-x-ms-notification-content', doc)).toEqual([expect.stringContaining('is null, not an object')]);
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

  it('ppc-webhook-output-schema wants a non-empty notification schema', async () => {
    const doc = withWebhook();
    doc.paths['/hooks']['x-ms-notification-content'].schema = {};
    const [d] = await lintRule('ppc-webhook-output-schema', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/hooks', 'x-ms-notification-content', 'schema'] });
    expect(d!.message).toContain('"OnTaskCreated" has an empty x-ms-notification-content schema');
    doc.definitions.Empty = {};
    doc.paths['/hooks']['x-ms-notification-content'].schema = { $ref: '#/definitions/Empty' };
    expect((await lintRule('ppc-webhook-output-schema', doc))[0]!.path).toEqual(['definitions', 'Empty']);
    doc.paths['/hooks']['x-ms-notification-content'].schema = { $ref: '#/definitions/Missing' };
    expect(await lintRule('ppc-webhook-output-schema', doc)).toEqual([]);
  });

  it('ppc-webhook-delete-operation wants a DELETE somewhere in the definition', async () => {
    const doc = withWebhook();
    delete doc.paths['/hooks/{hookId}'];
    expect(await lintRule('ppc-webhook-delete-operation', doc)).toEqual([]); // DeleteTask exists
    delete doc.paths['/tasks/{taskId}'].delete;
    const [d] = await lintRule('ppc-webhook-delete-operation', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/hooks', 'post'] });
    expect(d!.message).toContain('Webhook trigger "OnTaskCreated" has no DELETE operation');
  });

  it('ppc-webhook-location-header asks for a Location header on the registration response', async () => {
    const doc = withWebhook();
    delete webhookOp(doc).responses['201'].headers;
    const [d] = await lintRule('ppc-webhook-location-header', doc);
    expect(d).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/hooks', 'post', 'responses', '201'] });
    expect(d!.message).toContain('declares no Location header on its 201 response');
    webhookOp(doc).responses['201'].headers = { location: { type: 'string' } };
    expect(await lintRule('ppc-webhook-location-header', doc)).toEqual([]);
  });

  it('ppc-webhook-params-consistent compares fetch and subscribe parameters', async () => {
    const doc = withWebhook(withPolling());
    pollingOp(doc)['x-ms-notification'] = { operationId: 'OnTaskCreated' };
    webhookOp(doc).parameters.push({ name: 'since', in: 'query', type: 'integer', 'x-ms-visibility': 'advanced' });
    const [d] = await lintRule('ppc-webhook-params-consistent', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/hooks', 'post', 'parameters', '1'] });
    expect(d!.message).toContain('Parameter "since" of "OnTaskCreated" differs from the one of "OnNewTasks" (type "integer" vs "string", visibility "advanced" vs "internal")');
    // A GET trigger beside the webhook on the same path is its fetch operation too.
    const same = withWebhook();
    same.paths['/hooks'].get = { ...withPolling().paths['/tasks/trigger'].get, operationId: 'PollHooks' };
    webhookOp(same).parameters.push({ name: 'since', in: 'query', type: 'string' });
    expect(await messages('ppc-webhook-params-consistent', same)).toEqual([expect.stringContaining('visibility "none" vs "internal"')]);
  });

  it('ppc-x-ms-notification-usage checks where x-ms-notification sits and what it points to', async () => {
    const doc = withWebhook(withPolling());
    pollingOp(doc)['x-ms-notification'] = { operationId: 'OnTaskCreated' };
    expect(await lintRule('ppc-x-ms-notification-usage', doc)).toEqual([]);
    pollingOp(doc)['x-ms-notification'] = { operationId: 'ListTasks', extra: 1 };
    webhookOp(doc)['x-ms-notification'] = { operationId: 'OnTaskCreated' };
    doc.paths['/tasks'].post['x-ms-notification'] = 'OnTaskCreated';
    const text = (await lintRule('ppc-x-ms-notification-usage', doc)).map((r) => r.message).join('\n');
    expect(text).toContain('points to "ListTasks", which is not a webhook operation');
    expect(text).toContain('has the unknown key "extra"');
    expect(text).toContain('is on the webhook operation "OnTaskCreated"');
    expect(text).toContain('x-ms-notification of "CreateTask" is OnTaskCreated, not an object');
    const [d] = await lintRule('ppc-x-ms-notification-usage', doc);
    expect(d!.severity).toBe(SEVERITY.error);
  });
});
