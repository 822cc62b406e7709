import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

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

  it('ppc-schema-ref-valid reports references that do not resolve or leave #/definitions', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post.responses['201'].schema.$ref = '#/definitions/Tasks';
    doc.definitions.Task.properties.owner = { $ref: 'https://example.com/schemas/user.json' };
    doc.definitions.Task.properties.bad = { $ref: '#/definitions/A~2B' };
    const results = await lintRule('ppc-schema-ref-valid', doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(';')[0]])).toEqual([
      ['paths//tasks/post/responses/201/schema/$ref', 'Schema $ref "#/definitions/Tasks" does not resolve to a schema'],
      ['definitions/Task/properties/owner/$ref', 'Schema $ref "https://example.com/schemas/user.json" does not start with "#/definitions/"'],
      ['definitions/Task/properties/bad/$ref', 'Schema $ref "#/definitions/A~2B" is not a valid JSON pointer'],
    ]);
    expect(results[0]!.severity).toBe(SEVERITY.error);
    expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '#/definitions/Tasks'));
  });

  it('ppc-schema-no-ref-siblings names the keys next to $ref, once, at the first sibling', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.parent = { $ref: '#/definitions/Task', description: 'The parent task.', 'x-ms-summary': 'Parent' };
    doc.definitions.Task.properties.example = { type: 'object', example: { $ref: 'not a reference, just data', note: 'x' } };
    const [finding, ...rest] = await lintRule('ppc-schema-no-ref-siblings', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.warn, path: ['definitions', 'Task', 'properties', 'parent', 'description'] });
    expect(finding!.message).toContain('has sibling keys "description", "x-ms-summary"');
    expect(lineOf(finding!)).toBe(lineContaining(text(doc), '"The parent task."'));
  });

  it('ppc-schema-no-ref-chain reports a definition that is only a reference', async () => {
    const doc = validSwagger();
    doc.definitions.TaskAlias = { $ref: '#/definitions/Task' };
    const [finding] = await lintRule('ppc-schema-no-ref-chain', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'TaskAlias', '$ref'] });
    expect(finding!.message).toContain('"TaskAlias" is only a reference to "#/definitions/Task"');
  });

  it('ppc-schema-no-required-loop reports each required cycle once', async () => {
    const doc = validSwagger();
    doc.definitions.A = { type: 'object', required: ['b'], properties: { b: { $ref: '#/definitions/B' } } };
    doc.definitions.B = { type: 'object', required: ['wrap'], properties: { wrap: { type: 'object', required: ['a'], properties: { a: { $ref: '#/definitions/A' } } } } };
    doc.definitions.C = { allOf: [{ $ref: '#/definitions/C' }] };
    const results = await lintRule('ppc-schema-no-required-loop', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'Required properties form a loop: "A" → "B" → "A"',
      'Required properties form a loop: "C" → "C"',
    ]);
    expect(results[0]!.path.join('/')).toBe('definitions/B/properties/wrap/required/0');
    expect(results[0]!.severity).toBe(SEVERITY.error);
    doc.definitions.B.properties.wrap.required = [];
    delete doc.definitions.C;
    expect(await lintRule('ppc-schema-no-required-loop', doc)).toEqual([]);
  });

  it('ppc-required-array reports empty, misplaced, boolean and dangling required lists', async () => {
    const doc = validSwagger();
    doc.definitions.NewTask.required = ['title', 'owner'];
    doc.definitions.Task.required = [];
    doc.definitions.Task.properties.title.required = true;
    doc.definitions.Task.properties.status.required = ['x'];
    doc.definitions.Child = { allOf: [{ $ref: '#/definitions/Task' }], required: ['id'] };
    const results = await lintRule('ppc-required-array', doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(' (Microsoft')[0]])).toEqual([
      ['definitions/NewTask/required/1', '`required` names "owner", which is not defined in `properties`'],
      ['definitions/Task/properties/title/required', '`required` is true: inside a schema, `required` lists property names on the parent object (e.g. "required": ["title"])'],
      ['definitions/Task/properties/status/required', '`required` is on a schema of type "string"; only object schemas have required properties'],
      ['definitions/Task/required', '`required` is an empty list; remove it or list the required property names'],
    ]);
    expect(results[0]!.severity).toBe(SEVERITY.error);
    expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"owner"'));
  });

  it('ppc-readonly-not-required-input looks at request bodies only, through $refs', async () => {
    const doc = validSwagger();
    doc.definitions.NewTask.properties.title.readOnly = true;
    doc.definitions.Task.required = ['id'];
    doc.definitions.Task.properties.id.readOnly = true;
    const [finding, ...rest] = await lintRule('ppc-readonly-not-required-input', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'NewTask', 'properties', 'title', 'readOnly'] });
    expect(finding!.message).toContain('"title" is readOnly and required in a request body');
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

  it('ppc-discriminator-valid requires a required string property', async () => {
    const doc = validSwagger();
    doc.definitions.Task.discriminator = 'status';
    expect((await lintRule('ppc-discriminator-valid', doc))[0]!.message).toContain('"status" is not in `required`');
    doc.definitions.Task.required = ['status', 'kind'];
    doc.definitions.Task.properties.status.type = 'integer';
    expect((await lintRule('ppc-discriminator-valid', doc))[0]!.message).toContain('"status" is of type "integer", not string');
    doc.definitions.Task.discriminator = 'kind';
    const [finding] = await lintRule('ppc-discriminator-valid', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'Task', 'discriminator'] });
    expect(finding!.message).toContain('"kind" is not defined in `properties`');
  });

  it('ppc-schema-keyword-supported names each unsupported keyword', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.dueDate.nullable = true;
    doc.definitions.Task.properties.tags = { type: 'array', items: { type: 'string' }, uniqueItems: true, 'x-custom': 1 };
    doc.definitions.Task.properties.title.uniqueItems = true;
    doc.definitions.Task.properties.status.oneOf = [{ type: 'string' }];
    const results = await lintRule('ppc-schema-keyword-supported', doc);
    expect(results.map((r) => r.path.slice(-2).join('/'))).toEqual(['title/uniqueItems', 'status/oneOf', 'dueDate/nullable']);
    expect(results[2]!.message).toBe('"nullable" is not a supported schema keyword; use the `x-nullable` extension or remove it (Microsoft rejects unsupported schema keywords).');
    expect(results[2]!.severity).toBe(SEVERITY.error);
    expect(lineOf(results[2]!)).toBe(lineContaining(text(doc), '"nullable"'));
    expect(results[0]!.message).toContain('"uniqueItems" is not a supported schema keyword; it applies to arrays only');
  });

  it('ppc-schema-keyword-supported accepts uniqueItems on arrays', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.tags = { type: 'array', items: { type: 'string' }, uniqueItems: true };
    doc.paths['/tasks'].get.responses['200'].schema.uniqueItems = true;
    expect(await lintRule('ppc-schema-keyword-supported', doc)).toEqual([]);
    doc.definitions.Task.properties.tags.type = 'string';
    expect(await lintRule('ppc-schema-keyword-supported', doc)).toHaveLength(1);
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

  it('ppc-no-empty-values never suggests removing a response description, which Swagger requires', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses['404'].description = '';
    doc.definitions.Task.properties.status.description = '';
    const results = await lintRule('ppc-no-empty-values', doc);
    expect(results.map((r) => r.path.join('/'))).toEqual(['paths//tasks/{taskId}/get/responses/404/description', 'definitions/Task/properties/status/description']);
    expect(results[0]!.message).toContain('"description" is an empty string; write the text (Swagger 2.0 requires a response description)');
    expect(results[0]!.message).not.toContain('remove the key');
    expect(results[1]!.message).toContain('write the text or remove the key');
    doc.paths['/tasks/{taskId}'].get.responses['404'].description = 'The task does not exist.';
    expect((await lintRule('ppc-no-empty-values', doc)).map((r) => r.path.at(-2))).toEqual(['status']);
  });

  it('ppc-editor-dictionary allows only open objects', async () => {
    const doc = validSwagger();
    doc.definitions.NewTask.properties.labels = { type: 'object', additionalProperties: false, 'x-ms-editor': 'dictionary' };
    doc.definitions.NewTask.properties.title['x-ms-editor'] = 'dictionary';
    const results = await lintRule('ppc-editor-dictionary', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      '`x-ms-editor: dictionary` is on a schema of type "string"',
      '`x-ms-editor: dictionary` is on an object with `additionalProperties: false`',
    ]);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'NewTask', 'properties', 'title', 'x-ms-editor'] });
  });

  it('ppc-filter-functions checks values and placement', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.status['x-ms-capabilities'] = { filterFunctions: ['eq', 'eq', 'like'] };
    doc.definitions.Task.properties.title['x-ms-capabilities'] = { filterFunctions: [] };
    doc.definitions.NewTask.properties.title['x-ms-capabilities'] = { filterFunctions: ['startswith'] };
    const results = await lintRule('ppc-filter-functions', doc);
    expect(results.map((r) => [r.path.slice(1).join('/'), r.message.split(';')[0]])).toEqual([
      ['NewTask/properties/title/x-ms-capabilities/filterFunctions', 'filterFunctions is in a request body schema (it describes filterable response columns only)'],
      ['Task/properties/title/x-ms-capabilities/filterFunctions', 'filterFunctions is empty'],
      ['Task/properties/status/x-ms-capabilities/filterFunctions/1', 'filterFunctions lists "eq" twice'],
      ['Task/properties/status/x-ms-capabilities/filterFunctions/2', 'filterFunctions has the unsupported value "like"'],
    ]);
    expect(results[0]!.severity).toBe(SEVERITY.error);
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
