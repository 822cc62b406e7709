import { Document } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { spectralFor } from '../../../src/lint';
import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger, VIRTUAL_SOURCE } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('operation structure rules', () => {
  it('ppc-visibility-declared hints at operations without x-ms-visibility', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].post['x-ms-visibility'];
    const results = await lintRule('ppc-visibility-declared', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-visibility-declared', severity: SEVERITY.hint, path: ['paths', '/tasks', 'post'] });
    expect(results[0]!.message).toMatch(/^Operation "CreateTask" has no x-ms-visibility; consider "important"/);
    expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"post"'));
  });

  it('ppc-operation-has-response reports missing and empty responses but exempts webhook registrations', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.responses = {};
    delete doc.paths['/tasks/{taskId}'].get.responses;
    doc.paths['/hooks'] = {
      'x-ms-notification-content': { schema: { type: 'object' } },
      post: { operationId: 'OnTask', 'x-ms-trigger': 'single', responses: {} },
    };
    const results = await lintRule('ppc-operation-has-response', doc);
    expect(results.map((r) => [r.path.join('/'), r.severity])).toEqual([
      ['paths//tasks/{taskId}/get', SEVERITY.error],
      ['paths//tasks/{taskId}/delete/responses', SEVERITY.error],
    ]);
    expect(results[0]!.message).toMatch(/^Operation "GetTask" has no responses; list the status codes/);
    expect(results[1]!.message).toContain('"DeleteTask" has an empty responses object');
    expect(lineOf(results[1]!)).toBe(lineContaining(text(doc), '"responses": {}'));
  });

  it('ppc-operation-has-success reports operations with status codes but no 2xx', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses = { '404': { description: 'Missing.' }, default: { description: 'Error.' } };
    doc.paths['/tasks/{taskId}'].delete.responses = { default: { description: 'Anything.' } };
    doc.paths['/tasks'].get.responses = { 'x-foo': {} };
    const results = await lintRule('ppc-operation-has-success', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks/{taskId}', 'get', 'responses'] });
    expect(results[0]!.message).toMatch(/^Operation "GetTask" has no 2xx response \(only 404, default\); add the success response/);
  });

  it('ppc-operation-not-empty reports empty path items and empty operations', async () => {
    const doc = validSwagger();
    doc.paths['/empty'] = {};
    doc.paths['/params-only'] = { parameters: [] };
    doc.paths['/tasks/{taskId}'].patch = {};
    doc.paths['/ref'] = { $ref: '#/paths/~1tasks' };
    doc.paths['/hook-content'] = { 'x-ms-notification-content': { schema: { type: 'object' } } };
    const results = await lintRule('ppc-operation-not-empty', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'Operation PATCH /tasks/{taskId} is empty',
      'Path "/empty" has no operations',
      'Path "/params-only" has no operations',
    ]);
    expect(results[1]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/empty'] });
    expect(lineOf(results[1]!)).toBe(lineContaining(text(doc), '"/empty"'));
  });

  it('ppc-get-no-body reports body and formData parameters on GET, inline, referenced or at path level', async () => {
    const doc = validSwagger();
    doc.parameters.Payload = { name: 'payload', in: 'body', schema: { type: 'object' } };
    doc.paths['/tasks'].get.parameters.push({ name: 'file', in: 'formData', type: 'file' });
    doc.paths['/tasks/{taskId}'].get.parameters.push({ $ref: '#/parameters/Payload' });
    doc.paths['/tasks/{taskId}'].parameters = [{ name: 'shared', in: 'body', schema: { type: 'string' } }];
    doc.paths['/tasks'].post.parameters.push({ name: 'fine', in: 'formData', type: 'string' });
    const results = await lintRule('ppc-get-no-body', doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(';')[0]])).toEqual([
      ['paths//tasks/get/parameters/1/in', 'GET parameter "file" is in formData'],
      ['paths//tasks/{taskId}/get/parameters/1', 'GET parameter "payload" is in body'],
      ['paths//tasks/{taskId}/parameters/0/in', 'Path-level parameter "shared" is in body'],
    ]);
    expect(results[0]!.severity).toBe(SEVERITY.error);
  });

  it('ppc-operation-status reports a Production operation in a Preview connector only', async () => {
    const doc = validSwagger();
    doc.info['x-ms-api-annotation'] = { status: 'Preview' };
    doc.paths['/tasks'].get['x-ms-api-annotation'] = { status: 'Production' };
    doc.paths['/tasks'].post['x-ms-api-annotation'] = { status: 'Preview' };
    const results = await lintRule('ppc-operation-status', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'status'] });
    expect(results[0]!.message).toMatch(/^Operation "ListTasks" is Production while the connector is Preview; mark the operation Preview/);
    doc.info['x-ms-api-annotation'] = { status: 'Production' };
    expect(await lintRule('ppc-operation-status', doc)).toEqual([]);
    doc.info['x-ms-api-annotation'] = 'Preview';
    expect(await lintRule('ppc-operation-status', doc)).toEqual([]);
  });

  it.each(['ppc-no-generic-test', 'ppc-safe-operation'])('%s accepts booleans only', async (id) => {
    const key = id === 'ppc-no-generic-test' ? 'x-ms-no-generic-test' : 'x-ms-safe-operation';
    const doc = validSwagger();
    doc.paths['/tasks'].post[key] = 'true';
    doc.paths['/tasks'].get[key] = 1;
    doc.paths['/tasks/{taskId}'].get[key] = null;
    doc.paths['/tasks/{taskId}'].delete[key] = false;
    const results = await lintRule(id, doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(';')[0]])).toEqual([
      [`paths//tasks/get/${key}`, `${key} is 1 (a number)`],
      [`paths//tasks/post/${key}`, `${key} is "true" (a string)`],
      [`paths//tasks/{taskId}/get/${key}`, `${key} is null`],
    ]);
    expect(results[0]!.severity).toBe(SEVERITY.error);
  });

  it('ppc-operations-max allows 256 operations and reports 257', async () => {
    const doc = validSwagger();
    for (let i = 0; i < 252; i++) doc.paths[`/items/${i}`] = { get: { operationId: `GetItem${i}`, responses: { '200': { description: 'OK' } } } };
    expect(await lintRule('ppc-operations-max', doc)).toEqual([]);
    doc.paths['/one-more'] = { get: { operationId: 'OneMore', responses: { '200': { description: 'OK' } } } };
    const results = await lintRule('ppc-operations-max', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths'] });
    expect(results[0]!.message).toMatch(/^The definition has 257 operations; keep it to 256 or fewer/);
  });

  it('all structure rules are silent on the valid fixture and survive odd input', async () => {
    const ids = [
      'ppc-visibility-declared',
      'ppc-operation-has-response',
      'ppc-operation-has-success',
      'ppc-operation-not-empty',
      'ppc-get-no-body',
      'ppc-operation-status',
      'ppc-no-generic-test',
      'ppc-safe-operation',
      'ppc-operations-max',
    ];
    const odd = validSwagger();
    odd.paths['/tasks'].get.parameters = 'none';
    odd.paths['/tasks'].get.responses = [1];
    odd.paths['/tasks'].post['x-ms-api-annotation'] = null;
    odd.paths['/tasks/{taskId}'].get.parameters = [null, { $ref: '#/parameters/Missing' }, { $ref: 7 }];
    odd.paths['/tasks/{taskId}'].parameters = { in: 'body' };
    odd.info = [];
    for (const id of ids) {
      expect(await lintRule(id, validSwagger())).toEqual([]);
      await expect(lintRule(id, odd)).resolves.toBeDefined();
    }
  });
});

describe('Spectral oas2-schema in the published rulesets', () => {
  async function responsesFindings(profile: 'certified' | 'custom', responses: unknown) {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.responses = responses;
    const results = await spectralFor(profile).run(new Document(JSON.stringify(doc, null, 4), Json, VIRTUAL_SOURCE));
    return results.filter((r) => r.path.join('/') === 'paths//tasks/{taskId}/delete/responses').map((r) => [r.code, r.message]);
  }

  it('leaves an empty responses object to ppc-operation-has-response where that rule runs', async () => {
    const found = await responsesFindings('certified', {});
    expect(found.map(([code]) => code)).toEqual(['ppc-operation-has-response']);
    expect(await responsesFindings('certified', { '204': { description: 'Deleted.' }, '404': { description: 'Not found.' } })).toEqual([]);
  });

  it('drops the vague "must not be valid" beside a clearer finding on the same path', async () => {
    const found = await responsesFindings('custom', {});
    expect(found).toEqual([['oas2-schema', '"responses" property must not have fewer than 1 properties.']]);
    const extensionsOnly = await responsesFindings('custom', { 'x-note': 1 });
    expect(extensionsOnly).toEqual([['oas2-schema', '"responses" property must list at least one status code, not only x- extensions.']]);
  });
});
