import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const IDS = [
  'ppc-schema-ref-valid',
  'ppc-schema-no-ref-siblings',
  'ppc-schema-no-ref-chain',
  'ppc-schema-no-required-loop',
  'ppc-required-array',
  'ppc-readonly-not-required-input',
  'ppc-binary-top-level-only',
  'ppc-file-type-location',
  'ppc-discriminator-valid',
  'ppc-schema-keyword-supported',
  'ppc-no-empty-values',
  'ppc-editor-dictionary',
  'ppc-filter-functions',
];

describe('schema rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of IDS) expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
  });

  it('do not crash on odd shapes and reference cycles', async () => {
    const doc = validSwagger();
    doc.definitions.Loop = { $ref: '#/definitions/Loop' };
    doc.definitions.A = { type: 'object', required: ['b'], properties: { b: { $ref: '#/definitions/B' } }, allOf: [null, { $ref: '#/definitions/B' }] };
    doc.definitions.B = { type: 'object', required: ['a'], properties: { a: { $ref: '#/definitions/A' } } };
    doc.definitions.Odd = { type: 'object', properties: [1, 2], required: 'x', items: null, discriminator: 5, 'x-ms-capabilities': null };
    doc.definitions.Null = null;
    doc.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/Loop' };
    doc.paths['/tasks'].get.responses['200'].schema = { $ref: '#/definitions/A' };
    doc.parameters.Bad = { in: 'body', schema: 'text' };
    for (const id of IDS) await expect(lintRule(id, doc)).resolves.toBeDefined();
  });

  it('ppc-binary-top-level-only and ppc-file-type-location allow only top-level use', async () => {
    const doc = validSwagger();
    doc.definitions.NewTask.properties.file = { type: 'string', format: 'binary' };
    doc.definitions.NewTask.properties.upload = { type: 'file' };
    doc.paths['/tasks/{taskId}'].get.responses['200'].schema = { type: 'file' };
    doc.paths['/tasks'].get.responses['200'].schema = { type: 'string', format: 'binary' };
    const [binary, ...more] = await lintRule('ppc-binary-top-level-only', doc);
    expect(more).toHaveLength(0);
    expect(binary).toMatchObject({ severity: SEVERITY.warn, path: ['definitions', 'NewTask', 'properties', 'file', 'format'] });
    expect(binary!.message).toContain('Property "file" is a binary string below the top level');
    const [file, ...others] = await lintRule('ppc-file-type-location', doc);
    expect(others).toHaveLength(0);
    expect(file).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'NewTask', 'properties', 'upload', 'type'] });
    expect(file!.message).toContain('`type: file` on property "upload"');
    doc.paths['/tasks'].post.parameters[0].schema = { type: 'file' };
    expect((await lintRule('ppc-file-type-location', doc)).map((r) => r.message.split(';')[0])).toContain('`type: file` on a body parameter schema');
  });

  it('ppc-no-empty-values reports empty text and URLs outside data and hidden elements', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.status.description = '';
    doc.definitions.Task.properties.status.example = { description: '' };
    doc.definitions.Task.properties.id['x-ms-summary'] = ' ';
    doc.definitions.Task.properties.title.default = '';
    doc.definitions.NewTask.properties.dueDate['x-ms-visibility'] = 'internal';
    doc.definitions.NewTask.properties.dueDate.description = '';
    doc.paths['/tasks'].get.summary = ''; // ppc-summary-required's finding
    doc.externalDocs = { url: '' };
    const results = await lintRule('ppc-no-empty-values', doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(';')[0]])).toEqual([
      ['definitions/Task/properties/id/x-ms-summary', '"x-ms-summary" is blank'],
      ['definitions/Task/properties/status/description', '"description" is an empty string'],
      ['externalDocs/url', '"url" is an empty string'],
    ]);
    expect(results[1]!.severity).toBe(SEVERITY.error);
  });
});

describe('schema rules next to $ref', () => {
  it('ppc-required-array leaves a `required` next to $ref to ppc-schema-no-ref-siblings', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/NewTask', required: ['owner'] };
    expect(await lintRule('ppc-required-array', doc)).toEqual([]);
    expect(await lintRule('ppc-schema-no-ref-siblings', doc)).toHaveLength(1);
  });
});
