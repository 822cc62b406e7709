import { lintRule, validSwagger } from '../../helpers/lint';

const GET = ['paths', '/tasks/{taskId}', 'get'];

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
});

describe('ppc-no-empty-schema and default responses', () => {
  it('leaves an empty `default` schema to ppc-default-no-schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses.default = { description: 'Error.', schema: {} };
    expect(await lintRule('ppc-no-empty-schema', doc)).toEqual([]);
    expect(await lintRule('ppc-default-no-schema', doc)).toHaveLength(1);
  });
});
