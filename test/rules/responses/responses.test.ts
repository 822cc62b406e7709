import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const GET = ['paths', '/tasks/{taskId}', 'get'];
const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

const IDS = [
  'ppc-response-code-valid',
  'ppc-response-description',
  'ppc-success-has-schema',
  'ppc-no-empty-schema',
  'ppc-default-no-schema',
  'ppc-not-default-only',
  'ppc-single-response-schema',
  'ppc-error-responses-listed',
  'ppc-response-headers-unique',
  'ppc-response-ref-valid',
  'ppc-response-example-produced',
];

describe('response rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of IDS) expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
  });

  it('do not crash on odd shapes', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.responses = null;
    doc.paths['/tasks'].post.responses = ['200'];
    doc.paths['/tasks/{taskId}'].get.responses['200'] = 'text';
    doc.paths['/tasks/{taskId}'].get.responses['404'] = { $ref: 42 };
    doc.paths['/tasks/{taskId}'].delete = [];
    doc.responses = { Loop: { $ref: '#/responses/Loop' } };
    for (const id of IDS) await expect(lintRule(id, doc)).resolves.toBeDefined();
  });

  it("ppc-response-code-valid names a key that is not a status code", async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses['2XX'] = { description: 'Any success.' };
    doc.paths['/tasks/{taskId}'].get.responses['x-note'] = 'extension keys are fine';
    doc.paths['/tasks/{taskId}'].get.responses.default = { description: 'An error.' };
    const [finding, ...rest] = await lintRule('ppc-response-code-valid', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-response-code-valid', severity: SEVERITY.error, path: [...GET, 'responses', '2XX'] });
    expect(finding!.message).toContain('Response key "2XX" is not an HTTP status code');
    expect(lineOf(finding!)).toBe(lineContaining(text(doc), '"2XX"'));
    doc.paths['/tasks/{taskId}'].get.responses['600'] = { description: 'Out of range.' };
    expect(await lintRule('ppc-response-code-valid', doc)).toHaveLength(2);
  });

  it('ppc-response-description reports a response without a description', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks/{taskId}'].get.responses['404'].description;
    const [finding, ...rest] = await lintRule('ppc-response-description', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: [...GET, 'responses', '404'] });
    expect(finding!.message).toContain('"404" has no description');
    expect(lineOf(finding!)).toBe(lineContaining(text(doc), '"404"'));

    doc.paths['/tasks/{taskId}'].get.responses['404'] = { description: 7 };
    expect((await lintRule('ppc-response-description', doc))[0]!.path).toEqual([...GET, 'responses', '404', 'description']);
    doc.paths['/tasks/{taskId}'].get.responses['404'] = { $ref: '#/responses/NotFound' };
    doc.responses = { NotFound: { description: 'Not found.' } };
    expect(await lintRule('ppc-response-description', doc)).toEqual([]);
    doc.responses.Gone = {};
    expect((await lintRule('ppc-response-description', doc))[0]!.path).toEqual(['responses', 'Gone']);
  });

  describe('ppc-success-has-schema', () => {
    it('warns on a visible 200 without a schema', async () => {
      const doc = validSwagger();
      delete doc.paths['/tasks/{taskId}'].get.responses['200'].schema;
      const [finding, ...rest] = await lintRule('ppc-success-has-schema', doc);
      expect(rest).toHaveLength(0);
      expect(finding).toMatchObject({ severity: SEVERITY.warn, path: [...GET, 'responses', '200'] });
      expect(finding!.message).toContain('"GetTask" returns 200 without a schema');
      expect(lineOf(finding!)).toBe(lineContaining(text(doc), '"200"', lineContaining(text(doc), '"GetTask"')));
    });

    it('skips hidden operations, DELETE, 202/204-only operations and webhook registrations', async () => {
      const doc = validSwagger();
      delete doc.paths['/tasks/{taskId}'].get.responses['200'].schema;
      doc.paths['/tasks/{taskId}'].get['x-ms-visibility'] = 'internal';
      doc.paths['/tasks/{taskId}'].delete.responses = { '200': { description: 'Deleted.' } };
      doc.paths['/tasks'].post.responses = { '202': { description: 'Accepted.' } };
      doc.paths['/hooks'] = {
        post: {
          operationId: 'OnTaskCreated',
          'x-ms-trigger': 'single',
          parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties: { url: { type: 'string', 'x-ms-notification-url': true } } } }],
          responses: { '201': { description: 'Registered.' } },
        },
      };
      expect(await lintRule('ppc-success-has-schema', doc)).toEqual([]);
      delete doc.paths['/hooks'].post.parameters[0].schema.properties.url['x-ms-notification-url'];
      expect((await lintRule('ppc-success-has-schema', doc)).map((r) => r.path[1])).toEqual(['/hooks']);
    });

    it('accepts a schema on a referenced shared response or on 201', async () => {
      const doc = validSwagger();
      doc.responses = { Task: { description: 'The task.', schema: { $ref: '#/definitions/Task' } } };
      doc.paths['/tasks/{taskId}'].get.responses['200'] = { $ref: '#/responses/Task' };
      doc.paths['/tasks'].post.responses['200'] = { description: 'Also fine.' };
      expect(await lintRule('ppc-success-has-schema', doc)).toEqual([]);
    });
  });

  describe('ppc-no-empty-schema', () => {
    it('reports `{}` and description-only schemas, also through a $ref', async () => {
      const doc = validSwagger();
      doc.paths['/tasks/{taskId}'].get.responses['404'].schema = {};
      doc.paths['/tasks'].post.responses['201'].schema = { $ref: '#/definitions/Empty' };
      doc.definitions.Empty = { description: 'Nothing.' };
      const results = await lintRule('ppc-no-empty-schema', doc);
      expect(results.map((r) => r.path)).toEqual([
        ['paths', '/tasks', 'post', 'responses', '201', 'schema'],
        [...GET, 'responses', '404', 'schema'],
      ]);
      expect(results[0]!.severity).toBe(SEVERITY.error);
      expect(results[0]!.message).toContain('"201" is an empty schema (through "#/definitions/Empty")');
      expect(lineOf(results[1]!)).toBe(lineContaining(text(doc), '"schema": {}'));
    });

    it('skips dynamic responses and hidden operations', async () => {
      const doc = validSwagger();
      doc.paths['/tasks/{taskId}'].get.responses['200'] = { description: 'Dynamic.', schema: {}, 'x-ms-dynamic-schema': { operationId: 'X' } };
      doc.paths['/tasks'].get.responses['200'].schema = {};
      doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
      expect(await lintRule('ppc-no-empty-schema', doc)).toEqual([]);
      doc.responses = { Empty: { description: 'Shared.', schema: {} } };
      expect((await lintRule('ppc-no-empty-schema', doc)).map((r) => r.path)).toEqual([['responses', 'Empty', 'schema']]);
    });
  });

  it('ppc-default-no-schema reports a default response with a schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses.default = { description: 'Error.', schema: { type: 'object' } };
    const [finding, ...rest] = await lintRule('ppc-default-no-schema', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: [...GET, 'responses', 'default', 'schema'] });
    expect(finding!.message).toContain('The "default" response has a schema');
    doc.paths['/tasks/{taskId}'].get.responses.default = { $ref: '#/responses/Error' };
    doc.responses = { Error: { description: 'Error.', schema: { type: 'object' } } };
    expect((await lintRule('ppc-default-no-schema', doc))[0]!.message).toContain('refers to "#/responses/Error", which has a schema');
    doc.responses.Error = { description: 'Error.' };
    expect(await lintRule('ppc-default-no-schema', doc)).toEqual([]);
  });

  it('ppc-not-default-only warns when default is the only response', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.responses = { default: { description: 'Done.' }, 'x-extra': {} };
    const [finding] = await lintRule('ppc-not-default-only', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks/{taskId}', 'delete', 'responses', 'default'] });
    expect(finding!.message).toContain('lists only "default"');
    doc.paths['/tasks/{taskId}'].delete.responses['204'] = { description: 'Deleted.' };
    expect(await lintRule('ppc-not-default-only', doc)).toEqual([]);
  });

  it('ppc-success-has-schema asks no new schema of a deprecated operation', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].get.responses['200'].schema;
    expect(await lintRule('ppc-success-has-schema', doc)).toHaveLength(1);
    doc.paths['/tasks'].get.deprecated = true;
    expect(await lintRule('ppc-success-has-schema', doc)).toEqual([]);
  });

  it('a lone default response with a schema is reported once, by ppc-default-no-schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.responses = { default: { description: 'Done.', schema: { type: 'object' } } };
    expect(await lintRule('ppc-not-default-only', doc)).toEqual([]);
    const [owner] = await lintRule('ppc-default-no-schema', doc);
    expect(owner).toMatchObject({ path: ['paths', '/tasks/{taskId}', 'delete', 'responses', 'default', 'schema'] });
    expect(owner!.message).toContain('replace `default` with the status codes');
    delete doc.paths['/tasks/{taskId}'].delete.responses.default.schema;
    expect(await lintRule('ppc-not-default-only', doc)).toHaveLength(1);
    expect(await lintRule('ppc-default-no-schema', doc)).toEqual([]);
  });

  it('ppc-single-response-schema reports extra schemas but not default or dynamic ones', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses['404'].schema = { type: 'object' };
    doc.paths['/tasks/{taskId}'].get.responses.default = { description: 'Error.', schema: { type: 'object' } };
    const [finding, ...rest] = await lintRule('ppc-single-response-schema', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.warn, path: [...GET, 'responses', '404', 'schema'] });
    expect(finding!.message).toContain('"404" has a schema besides the one on "200"');
    doc.paths['/tasks/{taskId}'].get.responses['404'].schema = { type: 'object', 'x-ms-dynamic-schema': { operationId: 'X' } };
    expect(await lintRule('ppc-single-response-schema', doc)).toEqual([]);
  });

  it('ppc-single-response-schema reports a shared response schema once, at #/responses, not once per use', async () => {
    const doc = validSwagger();
    doc.responses = { ...(doc.responses ?? {}), Problem: { description: 'A problem.', schema: { type: 'object' } } };
    doc.paths['/tasks/{taskId}'].get.responses['404'] = { $ref: '#/responses/Problem' };
    doc.paths['/tasks'].get.responses['404'] = { $ref: '#/responses/Problem' };
    const findings = await lintRule('ppc-single-response-schema', doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: ['responses', 'Problem', 'schema'] });
    expect(findings[0]!.message).toContain('"404" has a schema besides the one on "200"');
    delete doc.responses.Problem.schema;
    expect(await lintRule('ppc-single-response-schema', doc)).toEqual([]);
  });

  it('an empty {} schema on an error response is reported once, by ppc-no-empty-schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses['404'].schema = {};
    expect(await lintRule('ppc-single-response-schema', doc)).toEqual([]);
    const [owner] = await lintRule('ppc-no-empty-schema', doc);
    expect(owner).toMatchObject({ path: [...GET, 'responses', '404', 'schema'] });
    expect(owner!.message).toContain('remove `schema` when the response has no body');
    doc.paths['/tasks/{taskId}'].get.responses['404'].schema = { type: 'object' };
    expect(await lintRule('ppc-single-response-schema', doc)).toHaveLength(1);
    expect(await lintRule('ppc-no-empty-schema', doc)).toEqual([]);
  });

  it('ppc-error-responses-listed informs about operations without error responses', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks/{taskId}'].get.responses['404'];
    const [finding, ...rest] = await lintRule('ppc-error-responses-listed', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.info, path: [...GET, 'responses'] });
    expect(finding!.message).toContain('"GetTask" lists no error response (only "200")');
    doc.paths['/tasks/{taskId}'].get.responses.default = { description: 'An error.' };
    expect(await lintRule('ppc-error-responses-listed', doc)).toEqual([]);
    delete doc.paths['/tasks/{taskId}'].get.responses.default;
    doc.paths['/tasks/{taskId}'].get['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-error-responses-listed', doc)).toEqual([]);
  });

  it('ppc-response-headers-unique compares header names without case', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.responses['200'].headers = { 'X-Total': { type: 'integer' }, 'x-total': { type: 'integer' } };
    const [finding] = await lintRule('ppc-response-headers-unique', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'responses', '200', 'headers', 'x-total'] });
    expect(finding!.message).toContain('"x-total" repeats "X-Total"');
    expect(lineOf(finding!)).toBe(lineContaining(text(doc), '"x-total"'));
  });

  it('ppc-response-ref-valid reports wrong, missing and chained response references', async () => {
    const doc = validSwagger();
    doc.responses = { A: { $ref: '#/responses/B' }, B: { description: 'B.' } };
    doc.paths['/tasks/{taskId}'].get.responses['404'] = { $ref: '#/responses/Missing' };
    doc.paths['/tasks/{taskId}'].delete.responses['404'] = { $ref: '#/definitions/Task' };
    doc.paths['/tasks'].post.responses['400'] = { $ref: '#/responses/A' };
    const messages = (await lintRule('ppc-response-ref-valid', doc)).map((r) => [r.path.join('/'), r.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['paths//tasks/{taskId}/get/responses/404/$ref', expect.stringContaining('"#/responses/Missing" does not resolve')],
        ['paths//tasks/{taskId}/delete/responses/404/$ref', expect.stringContaining('does not point to "#/responses/<name>"')],
        ['paths//tasks/post/responses/400/$ref', expect.stringContaining('points to another reference ("#/responses/B")')],
        ['responses/A/$ref', expect.stringContaining('is used inside "#/responses"')],
      ]),
    );
    expect(messages).toHaveLength(4);
  });

  it('ppc-response-example-produced checks example MIME types against produces', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses['200'].examples = { 'application/json; charset=utf-8': {}, 'text/csv': 'a,b' };
    const [finding, ...rest] = await lintRule('ppc-response-example-produced', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: [...GET, 'responses', '200', 'examples', 'text/csv'] });
    expect(finding!.message).toContain('"text/csv" is not in produces ("application/json")');
    doc.paths['/tasks/{taskId}'].get.produces = ['text/*', 'application/json'];
    expect(await lintRule('ppc-response-example-produced', doc)).toEqual([]);
    delete doc.produces;
    doc.paths['/tasks/{taskId}'].get.produces = [];
    expect(await lintRule('ppc-response-example-produced', doc)).toEqual([]);
  });
});

describe('ppc-no-empty-schema and default responses', () => {
  it('leaves an empty `default` schema to ppc-default-no-schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses.default = { description: 'Error.', schema: {} };
    expect(await lintRule('ppc-no-empty-schema', doc)).toEqual([]);
    expect(await lintRule('ppc-default-no-schema', doc)).toHaveLength(1);
  });
});
