import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const VALUE_RULES = [
  'ppc-array-items',
  'ppc-internal-required-default',
  'ppc-internal-default-should-be-required',
  'ppc-default-type',
  'ppc-enum-nonempty',
  'ppc-enum-values-ext',
  'ppc-numeric-bounds',
  'ppc-pattern-regex',
  'ppc-format-known',
  'ppc-shared-params',
  'ppc-dynamic-source-not-internal',
  'ppc-test-value-no-secrets',
];

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter and schema value rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of VALUE_RULES) expect(await lintRule(id, validSwagger())).toEqual([]);
  });

  it('ppc-array-items covers parameters, nested items and schemas, each once', async () => {
    const doc = validSwagger();
    Object.assign(doc.paths['/tasks'].get.parameters[0], { type: 'array', items: { type: 'array' } });
    delete doc.paths['/tasks'].get.parameters[0].enum;
    doc.definitions.Task.properties.tags = { type: 'array', description: 'The tags.' };
    doc.parameters.Tags = { name: 'tags', in: 'query', type: 'array' };
    const results = await lintRule('ppc-array-items', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual(
      expect.arrayContaining([
        'Items of parameter "status" has type "array" but no "items"',
        'Property "tags" has type "array" but no "items"',
        'Parameter "tags" has type "array" but no "items"',
      ]),
    );
    expect(results).toHaveLength(3);
    expect(results.every((r) => r.severity === SEVERITY.error)).toBe(true);
    const property = results.find((r) => r.message.startsWith('Property'))!;
    expect(property.path).toEqual(['definitions', 'Task', 'properties', 'tags']);
    expect(lineOf(property)).toBe(lineContaining(text(doc), '"tags": {'));
  });

  it('ppc-array-items reports a definition used by several operations once, and ignores extension data', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.tags = { type: 'array' };
    doc.definitions.Task['x-example'] = { type: 'array' };
    const results = await lintRule('ppc-array-items', doc);
    expect(results).toHaveLength(1);
  });

  it('ppc-internal-required-default covers parameters and request properties only', async () => {
    const doc = validSwagger();
    Object.assign(doc.paths['/tasks'].get.parameters[0], { 'x-ms-visibility': 'internal', required: true });
    doc.definitions.NewTask.properties.source = { type: 'string', 'x-ms-visibility': 'internal' };
    doc.definitions.NewTask.required.push('source');
    // Output only: a response-only definition is not an input.
    doc.definitions.Task.properties.etag = { type: 'string', 'x-ms-visibility': 'internal' };
    doc.definitions.Task.required = ['etag'];
    // Filled in by the platform.
    doc.definitions.NewTask.properties.callback = { type: 'string', 'x-ms-visibility': 'internal', 'x-ms-notification-url': true };
    doc.definitions.NewTask.required.push('callback');
    const results = await lintRule('ppc-internal-required-default', doc);
    expect(results.map((r) => r.path)).toEqual([QUERY, ['definitions', 'NewTask', 'properties', 'source']]);
    expect(results[0]!.message).toBe(
      'Parameter "status" is internal and required but has no "default"; add the value to send as "default", or make it visible (Microsoft rejects internal required inputs without a default).',
    );
    expect(results[1]!.severity).toBe(SEVERITY.error);
  });

  it('ppc-internal-default-should-be-required', async () => {
    const doc = validSwagger();
    Object.assign(doc.paths['/tasks'].get.parameters[0], { 'x-ms-visibility': 'internal', default: 'open' });
    doc.definitions.NewTask.properties.source = { type: 'string', 'x-ms-visibility': 'internal', default: 'flow' };
    const results = await lintRule('ppc-internal-default-should-be-required', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'Parameter "status" is internal with a "default" but not required',
      'Property "source" is internal with a "default" but not required',
    ]);
    expect(results[0]!.severity).toBe(SEVERITY.warn);
    doc.paths['/tasks'].get.parameters[0].required = true;
    doc.definitions.NewTask.required.push('source');
    expect(await lintRule('ppc-internal-default-should-be-required', doc)).toEqual([]);
  });

  it('ppc-default-type flags real mismatches and accepts text that reads as the type', async () => {
    const doc = validSwagger();
    doc.parameters.TaskId.default = 12;
    doc.definitions.NewTask.properties.priority = { type: 'integer', default: 'high' };
    doc.definitions.NewTask.properties.done = { type: 'boolean', default: 'false' };
    doc.definitions.NewTask.properties.size = { type: 'number', default: '1.5' };
    doc.definitions.NewTask.properties.note = { type: 'string', default: null };
    const results = await lintRule('ppc-default-type', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'NewTask', 'properties', 'priority', 'default'] });
    expect(results[0]!.message).toContain('Property "priority" has type "integer" but its default "high" is of type string');
    expect(results[1]!.path).toEqual(['parameters', 'TaskId', 'default']);
    expect(results[1]!.message).toContain('Parameter "taskId" has type "string" but its default 12 is a number');
  });

  it('ppc-enum-nonempty flags empty and non-list enums only', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].enum = [];
    doc.definitions.Task.properties.status.enum = 'open';
    const results = await lintRule('ppc-enum-nonempty', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'Parameter "status" has an empty "enum"',
      'Property "status" has an "enum" that is not a list (open)',
    ]);
    expect(results[0]!.path).toEqual([...QUERY, 'enum']);
    // Duplicates and value types are spectral:oas's duplicated-entry-in-enum and typed-enum.
    doc.paths['/tasks'].get.parameters[0].enum = ['open', 'open', 3];
    delete doc.definitions.Task.properties.status.enum;
    expect(await lintRule('ppc-enum-nonempty', doc)).toEqual([]);
  });

  it('ppc-enum-values-ext checks each entry', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0]['x-ms-enum-values'] = [
      { value: 'open', displayName: 'Open' },
      { value: 'open', displayName: 'Open again' },
      { value: 'closed', displayName: 'Closed' },
      { value: 'done' },
      'done',
      { displayName: 'No value' },
    ];
    const results = await lintRule('ppc-enum-values-ext', doc);
    const ext = [...QUERY, 'x-ms-enum-values'];
    expect(results.map((r) => [r.path.slice(ext.length).join('/'), r.message.split(';')[0]])).toEqual([
      ['1/value', 'Parameter "status" lists the value "open" twice in x-ms-enum-values'],
      ['2/value', 'Parameter "status" has the x-ms-enum-values value "closed", which is not in its "enum"'],
      ['3', 'Parameter "status" has an x-ms-enum-values entry without "displayName"'],
      ['4', 'Parameter "status" has an x-ms-enum-values entry that is not an object'],
      ['5', 'Parameter "status" has an x-ms-enum-values entry without "value"'],
    ]);
    doc.paths['/tasks'].get.parameters[0]['x-ms-enum-values'] = { value: 'open' };
    const [notList] = await lintRule('ppc-enum-values-ext', doc);
    expect(notList!.message).toContain('has an "x-ms-enum-values" that is not a list');
  });

  it('ppc-numeric-bounds', async () => {
    const doc = validSwagger();
    Object.assign(doc.definitions.NewTask.properties.title, { minLength: 5, maxLength: 2 });
    doc.definitions.NewTask.properties.count = { type: 'integer', minimum: 10, maximum: 1, exclusiveMaximum: true, multipleOf: 0 };
    doc.definitions.NewTask.properties.tags = { type: 'array', items: { type: 'string' }, minItems: -1, exclusiveMinimum: false };
    const results = await lintRule('ppc-numeric-bounds', doc);
    expect(results.map((r) => r.message.split(';')[0]).sort()).toEqual(
      [
        'Property "count" has minimum 10 above maximum 1',
        'Property "count" has multipleOf 0, which is not above 0',
        'Property "tags" has "exclusiveMinimum" without "minimum"',
        'Property "tags" has a negative minItems (-1)',
        'Property "title" has minLength 5 above maxLength 2',
      ].sort(),
    );
    expect(results.every((r) => r.severity === SEVERITY.error)).toBe(true);
    expect(results.find((r) => r.message.includes('minLength'))!.path).toEqual(['definitions', 'NewTask', 'properties', 'title', 'minLength']);
  });

  it('ppc-pattern-regex flags hard failures and accepts .NET-only syntax', async () => {
    const doc = validSwagger();
    doc.parameters.TaskId.pattern = '^[0-9+$';
    const [finding] = await lintRule('ppc-pattern-regex', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['parameters', 'TaskId', 'pattern'] });
    expect(finding!.message).toMatch(/^Parameter "taskId" has the pattern "\^\[0-9\+\$", which is not a valid regular expression \(.+\); fix the expression/);
    for (const ok of ['(?i)^abc$', '(?>a+)b', "(?'year'\\d{4})-\\k'year'", '(?<a>x)|(?<a>y)', '\\A\\d+\\Z', '(?i:abc)']) {
      doc.parameters.TaskId.pattern = ok;
      expect({ ok, results: await lintRule('ppc-pattern-regex', doc) }).toEqual({ ok, results: [] });
    }
  });

  it('ppc-format-known', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.id.format = 'guid';
    doc.paths['/tasks'].get.parameters[0].format = 'Date-Time';
    const results = await lintRule('ppc-format-known', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn, path: ['definitions', 'Task', 'properties', 'id', 'format'] });
    expect(results[0]!.message).toContain('Property "id" has the format "string/guid"; use one of int32');
  });

  it('ppc-shared-params reports a parameter repeated in three operations once', async () => {
    const fields = { name: 'fields', in: 'query', type: 'string', 'x-ms-summary': 'Fields', description: 'The fields to return.' };
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters.push({ ...fields });
    doc.paths['/tasks/{taskId}'].get.parameters.push({ ...fields });
    expect(await lintRule('ppc-shared-params', doc)).toEqual([]);
    doc.paths['/tasks/{taskId}'].delete.parameters.push({ ...fields });
    const results = await lintRule('ppc-shared-params', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks', 'get', 'parameters', '1'] });
    expect(results[0]!.message).toContain('Parameter "fields" (in query) is written out identically in 3 operations');
    // Not identical any more: no finding.
    doc.paths['/tasks/{taskId}'].delete.parameters[1].description = 'Other.';
    expect(await lintRule('ppc-shared-params', doc)).toEqual([]);
  });

  it('ppc-dynamic-source-not-internal checks parameters and body schemas of visible operations', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters.push({ name: 'api-version', in: 'query', type: 'string', required: true, default: '1', 'x-ms-visibility': 'internal' });
    doc.paths['/tasks'].get.parameters[0]['x-ms-dynamic-values'] = { operationId: 'ListStatuses', parameters: { v: { parameter: 'api-version' }, w: { value: '1' } } };
    doc.paths['/tasks'].post.parameters.push({ name: 'mode', in: 'query', type: 'string', required: true, default: 'a', 'x-ms-visibility': 'internal' });
    doc.definitions.NewTask.properties.title['x-ms-dynamic-list'] = { operationId: 'ListTitles', parameters: { m: { parameterReference: 'mode' } } };
    const results = await lintRule('ppc-dynamic-source-not-internal', doc);
    expect(results.map((r) => r.path)).toEqual([
      [...QUERY, 'x-ms-dynamic-values', 'parameters', 'v', 'parameter'],
      ['definitions', 'NewTask', 'properties', 'title', 'x-ms-dynamic-list', 'parameters', 'm', 'parameterReference'],
    ]);
    expect(results[0]!.message).toBe(
      'x-ms-dynamic-values passes the internal parameter "api-version" to "v"; pass the internal value as a static "value" instead (Microsoft rejects internal sources for visible dynamic inputs).',
    );
    // An internal caller may use internal sources.
    doc.paths['/tasks'].get.parameters[0]['x-ms-visibility'] = 'internal';
    doc.definitions.NewTask.properties.title['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-dynamic-source-not-internal', doc)).toEqual([]);
  });

  it('ppc-dynamic-source-not-internal follows body/property references', async () => {
    const doc = validSwagger();
    doc.definitions.NewTask.properties.secret = { type: 'string', 'x-ms-visibility': 'internal', default: 'x' };
    doc.paths['/tasks'].post.parameters.push({
      name: 'folder',
      in: 'header',
      type: 'string',
      'x-ms-dynamic-values': { operationId: 'ListFolders', parameters: { s: { parameterReference: 'body/secret' }, t: { parameterReference: 'body/title' } } },
    });
    const results = await lintRule('ppc-dynamic-source-not-internal', doc);
    expect(results).toHaveLength(1);
    expect(results[0]!.message).toContain('passes the internal parameter "body/secret" to "s"');
  });

  it('ppc-test-value-no-secrets flags token shapes and credential-like values of secret fields', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0]['x-ms-test-value'] = 'AKIAJ7Q3ZK5M2XW4RT6B';
    doc.paths['/tasks'].get.parameters.push({ name: 'apiKey', in: 'query', type: 'string', 'x-ms-test-value': 'f3a9c1e07b2d4a6e9c5b8d1f0a7e3c2b' });
    doc.paths['/tasks'].get.parameters.push({ name: 'password', in: 'query', type: 'string', 'x-ms-test-value': '[[DummyPassword123456]]' });
    doc.definitions.NewTask['x-ms-test-value'] = { title: 'Test', auth: { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop' } };
    const results = await lintRule('ppc-test-value-no-secrets', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'Parameter "status" has an x-ms-test-value that looks like an AWS access key',
      'Parameter "apiKey" has an x-ms-test-value that looks like a credential for "apiKey"',
      'Definition "NewTask" has an x-ms-test-value that looks like a JSON Web Token',
    ]);
    // AWS's documented example key is not a secret.
    doc.paths['/tasks'].get.parameters[0]['x-ms-test-value'] = 'AKIAIOSFODNN7EXAMPLE';
    const again = await lintRule('ppc-test-value-no-secrets', doc);
    expect(again.map((r) => r.message)).not.toContainEqual(expect.stringContaining('AWS access key'));
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'x-ms-test-value'] });
  });

  it('do not crash on odd input', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters = [null, 3, { name: 'x', in: 'query', type: 'array', items: 'no', enum: null, 'x-ms-enum-values': [null], default: undefined, pattern: 5, format: 7, minimum: 'a' }];
    doc.paths['/tasks'].get.parameters[0] = { name: 'd', in: 'query', 'x-ms-dynamic-values': { parameters: { a: null, b: { parameter: 5 }, c: { parameterReference: '' } } } };
    doc.definitions.Loop = { type: 'object', properties: { self: { $ref: '#/definitions/Loop' } }, allOf: [null, { $ref: 5 }], items: [1, null] };
    doc.definitions.NewTask.properties.title['x-ms-dynamic-tree'] = { open: { parameters: 'x' }, browse: null };
    doc.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/Loop' };
    doc.definitions.Bad = null;
    doc.paths['/x'] = { get: null, parameters: 'no' };
    for (const id of VALUE_RULES) await expect(lintRule(id, doc)).resolves.toBeInstanceOf(Array);
    for (const id of VALUE_RULES) await expect(lintRule(id, { swagger: '2.0', paths: null, definitions: [] })).resolves.toEqual([]);
  });
});
