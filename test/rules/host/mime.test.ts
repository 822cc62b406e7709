import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

/** The valid fixture with an upload operation on /tasks/{taskId} (PUT) using formData parameters. */
function withUpload(operation: Record<string, unknown> = {}): Record<string, any> {
  const doc = validSwagger();
  doc.paths['/tasks/{taskId}'].put = {
    operationId: 'AttachFile',
    summary: 'Attach a file',
    description: 'Attaches a file to the task.',
    parameters: [
      { $ref: '#/parameters/TaskId' },
      { name: 'file', in: 'formData', type: 'file', required: true, 'x-ms-summary': 'File', description: 'The file to attach.' },
    ],
    responses: { '204': { description: 'The file was attached.' } },
    ...operation,
  };
  return doc;
}

describe('MIME type rules', () => {
  it('all are silent on the valid fixture', async () => {
    for (const id of ['ppc-mime-valid', 'ppc-mime-supported', 'ppc-consumes-present', 'ppc-mime-compatible', 'ppc-form-urlencoded-no-binary']) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
    }
  });

  it('ppc-mime-valid reports malformed types at root and operation level', async () => {
    const doc = validSwagger();
    doc.produces = ['json'];
    doc.paths['/tasks'].post.consumes = ['application/json, text/plain', 7];
    const results = await lintRule('ppc-mime-valid', doc);
    expect(results).toHaveLength(3);
    const root = results.find((r) => r.path[0] === 'produces')!;
    expect(root).toMatchObject({ code: 'ppc-mime-valid', severity: SEVERITY.error, path: ['produces', '0'] });
    expect(lineOf(root)).toBe(lineContaining(text(doc), '"json"'));
    expect(root.message).toBe('MIME type "json" is not of the form type/subtype; write MIME types as type/subtype, e.g. "application/json" (Microsoft rejects malformed MIME types).');
    const messages = results.map((r) => r.message).join('\n');
    expect(messages).toContain('(list each MIME type as a separate item)');
    expect(messages).toContain('"consumes" item 7 is not a string');
    doc.produces = 'application/json';
    delete doc.paths['/tasks'].post.consumes;
    expect((await lintRule('ppc-mime-valid', doc))[0]!.message).toContain('"produces" "application/json" is not an array');
  });

  it('ppc-mime-valid accepts parameters, wildcards and vendor types', async () => {
    const doc = validSwagger();
    doc.produces = ['application/json; charset=utf-8', 'application/json;odata.metadata=minimal', '*/*', 'application/*+json', 'application/vnd.sas.collection+json'];
    expect(await lintRule('ppc-mime-valid', doc)).toEqual([]);
  });

  it('ppc-mime-supported warns on request types outside the four supported ones', async () => {
    const doc = validSwagger();
    doc.consumes = ['application/json', 'text/json'];
    doc.paths['/tasks'].post.consumes = ['application/xml'];
    doc.produces = ['application/xml'];
    const results = await lintRule('ppc-mime-supported', doc);
    expect(results.map((r) => r.path)).toEqual(expect.arrayContaining([['consumes', '1'], ['paths', '/tasks', 'post', 'consumes', '0']]));
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn });
    expect(results.map((r) => r.message).join()).toContain('consumes "text/json" is not a supported request MIME type');
    doc.consumes = ['text/plain; charset=utf-8', 'multipart/form-data', 'application/x-www-form-urlencoded', 'not a mime'];
    delete doc.paths['/tasks'].post.consumes;
    expect(await lintRule('ppc-mime-supported', doc)).toEqual([]);
  });

  it('ppc-consumes-present reports formData operations without consumes', async () => {
    const doc = withUpload();
    doc.consumes = [];
    const [finding, ...rest] = await lintRule('ppc-consumes-present', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-consumes-present', severity: SEVERITY.error, path: ['paths', '/tasks/{taskId}', 'put'] });
    expect(finding!.message).toMatch(/^Operation "AttachFile" has formData parameters but an empty "consumes"; add "consumes"/);
    delete doc.consumes;
    expect((await lintRule('ppc-consumes-present', doc))[0]!.message).toContain('but no "consumes"');
    const own = withUpload({ consumes: [] });
    const [onOp] = await lintRule('ppc-consumes-present', own);
    expect(onOp).toMatchObject({ path: ['paths', '/tasks/{taskId}', 'put', 'consumes'] });
    // The root consumes (application/json) counts as a declaration; ppc-mime-compatible judges it.
    expect(await lintRule('ppc-consumes-present', withUpload())).toEqual([]);
  });

  it('ppc-consumes-present leaves JSON-body operations alone and sees formData behind $ref', async () => {
    const doc = validSwagger();
    doc.consumes = [];
    expect(await lintRule('ppc-consumes-present', doc)).toEqual([]);
    const viaRef = withUpload({ parameters: [{ $ref: '#/parameters/TaskId' }, { $ref: '#/parameters/File' }] });
    viaRef.parameters.File = { name: 'file', in: 'formData', type: 'file', 'x-ms-summary': 'File', description: 'The file.' };
    viaRef.consumes = [];
    expect(await lintRule('ppc-consumes-present', viaRef)).toHaveLength(1);
  });

  it('ppc-mime-compatible reports formData operations that consume only JSON', async () => {
    const doc = withUpload();
    const [finding, ...rest] = await lintRule('ppc-mime-compatible', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-mime-compatible', severity: SEVERITY.error, path: ['consumes'] });
    expect(finding!.message).toContain('Operation "AttachFile" has formData parameters but consumes ["application/json"]');
    const own = withUpload({ consumes: ['application/form-data'] });
    expect((await lintRule('ppc-mime-compatible', own))[0]).toMatchObject({ path: ['paths', '/tasks/{taskId}', 'put', 'consumes'] });
    expect(await lintRule('ppc-mime-compatible', withUpload({ consumes: ['multipart/form-data'] }))).toEqual([]);
    expect(await lintRule('ppc-mime-compatible', withUpload({ consumes: ['application/x-www-form-urlencoded; charset=utf-8'] }))).toEqual([]);
  });

  it('ppc-form-urlencoded-no-binary reports files in URL-encoded forms', async () => {
    const doc = withUpload({ consumes: ['application/x-www-form-urlencoded'] });
    const [finding, ...rest] = await lintRule('ppc-form-urlencoded-no-binary', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-form-urlencoded-no-binary', severity: SEVERITY.error, path: ['paths', '/tasks/{taskId}', 'put', 'parameters', '1'] });
    expect(finding!.message).toMatch(/^formData parameter "file" is type file, which application\/x-www-form-urlencoded cannot carry/);
    const both = withUpload({ consumes: ['application/x-www-form-urlencoded', 'multipart/form-data'] });
    expect(await lintRule('ppc-form-urlencoded-no-binary', both)).toEqual([]);
    const body = validSwagger();
    body.paths['/tasks'].post.consumes = ['application/x-www-form-urlencoded'];
    body.paths['/tasks'].post.parameters[0].schema = { type: 'object', properties: { content: { type: 'string', format: 'binary' } } };
    const [prop] = await lintRule('ppc-form-urlencoded-no-binary', body);
    expect(prop).toMatchObject({ path: ['paths', '/tasks', 'post', 'parameters', '0', 'schema', 'properties', 'content'] });
    expect(prop!.message).toContain('body property "content" is string/binary');
  });

  it('operation rules survive odd input', async () => {
    const doc = validSwagger();
    doc.paths['/odd'] = { get: null, post: [], put: { parameters: 'x', consumes: null }, parameters: [null, { $ref: '#/parameters/Missing' }] };
    doc.paths['/loop'] = { post: { parameters: [{ $ref: '#/parameters/A' }], responses: {} } };
    doc.parameters.A = { $ref: '#/parameters/B' };
    doc.parameters.B = { $ref: '#/parameters/A' };
    for (const id of ['ppc-consumes-present', 'ppc-mime-compatible', 'ppc-form-urlencoded-no-binary', 'ppc-mime-valid', 'ppc-mime-supported']) {
      await expect(lintRule(id, doc)).resolves.toBeDefined();
    }
  });
});
