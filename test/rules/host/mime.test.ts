import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

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
