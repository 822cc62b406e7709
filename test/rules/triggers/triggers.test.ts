import { lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { lineAfter, messages, pollingOp, withPolling, withWebhook } from '../../helpers/triggers';

describe('trigger rules', () => {
  it('ppc-trigger-value accepts single and batch and names anything else', async () => {
    expect(await lintRule('ppc-trigger-value', withPolling())).toEqual([]);
    const doc = withPolling();
    pollingOp(doc)['x-ms-trigger'] = 'Batch';
    const [d, ...rest] = await lintRule('ppc-trigger-value', doc);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'ppc-trigger-value', severity: SEVERITY.error, path: ['paths', '/tasks/trigger', 'get', 'x-ms-trigger'] });
    expect(d!.message).toContain('"Batch" (values are case-sensitive: use "batch")');
    expect(lineOf(d!)).toBe(lineAfter(doc, '"/tasks/trigger"', '"x-ms-trigger": "Batch"'));

    pollingOp(doc)['x-ms-trigger'] = { kind: 'single' };
    expect(await messages('ppc-trigger-value', doc)).toEqual([expect.stringContaining('is {"kind":"single"}, not a string')]);
    pollingOp(doc)['x-ms-trigger'] = null;
    expect(await messages('ppc-trigger-value', doc)).toEqual([expect.stringContaining('is null')]);
  });

  it('ppc-trigger-summary-pattern wants "When …" on visible triggers only', async () => {
    const doc = withPolling();
    pollingOp(doc).summary = 'New tasks';
    const [d] = await lintRule('ppc-trigger-summary-pattern', doc);
    expect(d).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks/trigger', 'get', 'summary'] });
    expect(d!.message).toContain('"New tasks" does not start with "When"');
    expect(lineOf(d!)).toBe(lineAfter(doc, '"/tasks/trigger"', '"summary": "New tasks"'));
    pollingOp(doc).deprecated = true;
    expect(await lintRule('ppc-trigger-summary-pattern', doc)).toEqual([]);
    delete pollingOp(doc).deprecated;
    pollingOp(doc)['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-trigger-summary-pattern', doc)).toEqual([]);
    // Actions are not triggers.
    expect(await lintRule('ppc-trigger-summary-pattern', validSwagger())).toEqual([]);
  });

  it('ppc-trigger-hint asks for a hint on visible triggers', async () => {
    const doc = withPolling();
    delete pollingOp(doc)['x-ms-trigger-hint'];
    const [d] = await lintRule('ppc-trigger-hint', doc);
    expect(d).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks/trigger', 'get'] });
    expect(d!.message).toContain('has no x-ms-trigger-hint');
    pollingOp(doc)['x-ms-trigger-hint'] = ' ';
    expect(await messages('ppc-trigger-hint', doc)).toEqual([expect.stringContaining('has an empty x-ms-trigger-hint')]);
    pollingOp(doc)['x-ms-trigger-hint'] = 42; // the type is ppc-x-ms-trigger-hint-type's business
    expect(await lintRule('ppc-trigger-hint', doc)).toEqual([]);
    expect(await lintRule('ppc-trigger-hint', withPolling())).toEqual([]);
  });

  it('ppc-trigger-batch-array wants an array from batch triggers', async () => {
    const doc = withPolling();
    pollingOp(doc).responses['200'].schema = { $ref: '#/definitions/Task' };
    const [d] = await lintRule('ppc-trigger-batch-array', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['definitions', 'Task'] });
    expect(d!.message).toContain('"OnNewTasks" is a batch trigger but its data schema has no array');
    // An object with an array property is fine; so is an untyped schema (nothing to tell).
    pollingOp(doc).responses['200'].schema = { type: 'object', properties: { value: { type: 'array', items: { type: 'string' } } } };
    expect(await lintRule('ppc-trigger-batch-array', doc)).toEqual([]);
    pollingOp(doc).responses['200'].schema = { type: 'object' };
    expect(await lintRule('ppc-trigger-batch-array', doc)).toEqual([]);
    // A batch webhook is judged by its notification content.
    const hook = withWebhook();
    hook.paths['/hooks'].post['x-ms-trigger'] = 'batch';
    expect(await messages('ppc-trigger-batch-array', hook)).toEqual([expect.stringContaining('"OnTaskCreated" is a batch trigger')]);
    hook.paths['/hooks']['x-ms-notification-content'].schema = { type: 'array', items: { $ref: '#/definitions/Task' } };
    expect(await lintRule('ppc-trigger-batch-array', hook)).toEqual([]);
  });

  it('ppc-polling-trigger-metadata wants { kind: query, mode: polling }', async () => {
    expect(await lintRule('ppc-polling-trigger-metadata', withPolling())).toEqual([]);
    const doc = withPolling();
    pollingOp(doc)['x-ms-trigger-metadata'] = { kind: 'Query' };
    const results = await lintRule('ppc-polling-trigger-metadata', doc);
    expect(results.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        ['paths', '/tasks/trigger', 'get', 'x-ms-trigger-metadata', 'kind'],
        ['paths', '/tasks/trigger', 'get', 'x-ms-trigger-metadata'],
      ]),
    );
    expect(results).toHaveLength(2);
    expect(results[0]!.severity).toBe(SEVERITY.error);
    expect(results.map((r) => r.message).join('\n')).toContain('has "kind": "Query" (expected "query")');
    expect(results.map((r) => r.message).join('\n')).toContain('has no "mode"');
    pollingOp(doc)['x-ms-trigger-metadata'] = 'polling';
    expect(await messages('ppc-polling-trigger-metadata', doc)).toEqual([expect.stringContaining('is polling, not an object')]);
  });

  it('ppc-polling-trigger-contract asks for 202 with Location and Retry-After', async () => {
    expect(await lintRule('ppc-polling-trigger-contract', withPolling())).toEqual([]);
    const doc = withPolling();
    delete pollingOp(doc).responses['202'].headers['Retry-After'];
    const [d] = await lintRule('ppc-polling-trigger-contract', doc);
    expect(d).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks/trigger', 'get', 'responses', '202'] });
    expect(d!.message).toContain('declares no Retry-After header on its 202 response');
    delete pollingOp(doc).responses['202'];
    expect(await messages('ppc-polling-trigger-contract', doc)).toEqual([expect.stringContaining('declares no 202 response')]);
    // Webhooks are not polling triggers.
    expect(await lintRule('ppc-polling-trigger-contract', withWebhook())).toEqual([]);
  });

  it('ppc-operation-context checks the simulate wrapper', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post['x-ms-operation-context'] = { simulate: { operationId: 'ListTasks', parameters: {} } };
    expect(await lintRule('ppc-operation-context', doc)).toEqual([]);
    doc.paths['/tasks'].post['x-ms-operation-context'] = { simulate: { parameters: [], extra: 1 }, other: true };
    const results = await lintRule('ppc-operation-context', doc);
    const text = results.map((r) => r.message).join('\n');
    for (const part of ['unknown key "other"', 'no "simulate.operationId"', '"simulate.parameters" that is an array', 'unknown key "simulate.extra"']) expect(text).toContain(part);
    expect(results.find((r) => r.message.includes('"other"'))).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'post', 'x-ms-operation-context', 'other'] });
    doc.paths['/tasks'].post['x-ms-operation-context'] = [];
    expect(await messages('ppc-operation-context', doc)).toEqual([expect.stringContaining('is an array, not an object')]);
  });

  it('ppc-x-ms-trigger-value checks shape and position', async () => {
    const doc = withPolling();
    pollingOp(doc).parameters[0]['x-ms-trigger-value'] = { 'value-collection': 'value', 'value-path': 'id' };
    expect(await lintRule('ppc-x-ms-trigger-value', doc)).toEqual([]);
    pollingOp(doc).parameters[0]['x-ms-trigger-value'] = { 'value-path': 3, other: 'x' };
    const results = await lintRule('ppc-x-ms-trigger-value', doc);
    expect(results.map((r) => r.message).join('\n')).toContain('"value-path" that is not a string');
    expect(results.map((r) => r.message).join('\n')).toContain('unknown key "other"');
    expect(results[0]!.severity).toBe(SEVERITY.error);
    pollingOp(doc).parameters[0]['x-ms-trigger-value'] = {};
    expect(await messages('ppc-x-ms-trigger-value', doc)).toEqual([expect.stringContaining('has neither "value-collection" nor "value-path"')]);
    const body = validSwagger();
    body.paths['/tasks'].post.parameters[0]['x-ms-trigger-value'] = { 'value-path': 'id' };
    expect(await messages('ppc-x-ms-trigger-value', body)).toEqual([expect.stringContaining('is on a body parameter')]);
  });

  it('all trigger rules are silent on the valid fixture and on the trigger fixtures', async () => {
    const ids = [
      'ppc-trigger-value',
      'ppc-trigger-summary-pattern',
      'ppc-trigger-hint',
      'ppc-trigger-batch-array',
      'ppc-polling-trigger-metadata',
      'ppc-polling-trigger-contract',
      'ppc-operation-context',
      'ppc-x-ms-trigger-value',
    ];
    for (const id of ids) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      expect({ id, results: await lintRule(id, withWebhook(withPolling())) }).toEqual({ id, results: [] });
    }
  });
});
