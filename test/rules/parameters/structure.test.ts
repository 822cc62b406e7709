import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const STRUCTURE_RULES = [
  'ppc-param-required-type',
  'ppc-path-param-required',
  'ppc-path-param-encoding',
  'ppc-query-param-no-encoding',
  'ppc-param-connectionid-reserved',
  'ppc-param-single-body',
  'ppc-param-body-xor-formdata',
  'ppc-body-param-schema',
  'ppc-non-body-no-schema',
  'ppc-param-type-allowed',
  'ppc-file-only-formdata',
  'ppc-formdata-name-ascii',
  'ppc-allow-empty-value',
  'ppc-collection-format',
  'ppc-param-ref-valid',
  'ppc-dynamic-not-on-body-param',
];

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];
const BODY = ['paths', '/tasks', 'post', 'parameters', '0'];

describe('parameter structure rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of STRUCTURE_RULES) expect(await lintRule(id, validSwagger())).toEqual([]);
  });

  it('ppc-param-required-type wants a boolean', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].required = 'false';
    const results = await lintRule('ppc-param-required-type', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-param-required-type', severity: SEVERITY.error, path: [...QUERY, 'required'] });
    expect(results[0]!.message).toBe('Parameter "status" has required: false; use true or false without quotes (the Swagger schema requires a boolean).');
    expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"required": "false"'));
  });

  it('ppc-path-param-required reports a shared path parameter once, at its definition', async () => {
    const doc = validSwagger();
    doc.parameters.TaskId.required = false;
    const results = await lintRule('ppc-path-param-required', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['parameters', 'TaskId', 'required'] });
    expect(results[0]!.message).toContain('Path parameter "taskId" has required: false');
    delete doc.parameters.TaskId.required;
    const [missing] = await lintRule('ppc-path-param-required', doc);
    expect(missing!.path).toEqual(['parameters', 'TaskId']);
    expect(missing!.message).toContain('has no "required"');
  });

  it('ppc-path-param-encoding wants single or double', async () => {
    const doc = validSwagger();
    delete doc.parameters.TaskId['x-ms-url-encoding'];
    const [missing] = await lintRule('ppc-path-param-encoding', doc);
    expect(missing).toMatchObject({ severity: SEVERITY.warn, path: ['parameters', 'TaskId'] });
    expect(missing!.message).toContain('Path parameter "taskId" has no "x-ms-url-encoding"; add "x-ms-url-encoding": "single"');
    doc.parameters.TaskId['x-ms-url-encoding'] = 'Single';
    const [wrong] = await lintRule('ppc-path-param-encoding', doc);
    expect(wrong!.path).toEqual(['parameters', 'TaskId', 'x-ms-url-encoding']);
    expect(wrong!.message).toContain('has x-ms-url-encoding "Single"');
  });

  it('ppc-query-param-no-encoding flags encoding on query parameters only', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0]['x-ms-url-encoding'] = 'double';
    const results = await lintRule('ppc-query-param-no-encoding', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'x-ms-url-encoding'] });
    expect(results[0]!.message).toContain('Query parameter "status" has x-ms-url-encoding "double"; remove it');
  });

  it('ppc-param-connectionid-reserved matches any letter case', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].name = 'CONNECTIONID';
    const results = await lintRule('ppc-param-connectionid-reserved', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'name'] });
    expect(results[0]!.message).toBe(
      'Parameter "CONNECTIONID" (in query) uses a reserved name; rename it (Microsoft rejects parameters named "connectionId").',
    );
    doc.paths['/tasks'].get.parameters[0].name = 'connectionIdentifier';
    expect(await lintRule('ppc-param-connectionid-reserved', doc)).toEqual([]);
  });

  it('ppc-param-single-body counts inherited path-level body parameters', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post.parameters.push({ name: 'extra', in: 'body', schema: { type: 'object' } });
    const [own] = await lintRule('ppc-param-single-body', doc);
    expect(own).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'post', 'parameters', '1'] });
    expect(own!.message).toBe(
      'The operation has 2 body parameters ("body", "extra"); keep one body parameter and put all fields in its schema (Microsoft rejects several body parameters).',
    );

    const inherited = validSwagger();
    inherited.paths['/tasks'].parameters = [{ name: 'shared', in: 'body', schema: { type: 'object' } }];
    const [fromPath] = await lintRule('ppc-param-single-body', inherited);
    expect(fromPath!.path).toEqual(['paths', '/tasks', 'post', 'parameters', '0']);
    expect(fromPath!.message).toContain('2 body parameters ("body", "shared")');

    // An operation-level body parameter with the same name and location overrides the path-level one.
    inherited.paths['/tasks'].parameters[0].name = 'body';
    expect(await lintRule('ppc-param-single-body', inherited)).toEqual([]);

    const pathLevel = validSwagger();
    pathLevel.paths['/tasks'].parameters = [
      { name: 'a', in: 'body', schema: {} },
      { name: 'b', in: 'body', schema: {} },
    ];
    const results = await lintRule('ppc-param-single-body', pathLevel);
    expect(results.map((r) => r.path)).toContainEqual(['paths', '/tasks', 'parameters', '1']);
    expect(results.find((r) => r.path.length === 4)!.message).toContain('The path-level parameters have 2 body parameters ("a", "b")');
  });

  it('ppc-param-body-xor-formdata reports the form field', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post.parameters.push({ name: 'file', in: 'formData', type: 'file' });
    const results = await lintRule('ppc-param-body-xor-formdata', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'post', 'parameters', '1'] });
    expect(results[0]!.message).toContain('Body parameter "body" and formData parameter "file" are used together');
  });

  it('ppc-body-param-schema wants a schema and no parameter-level type keys', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].post.parameters[0].schema;
    doc.paths['/tasks'].post.parameters[0].type = 'object';
    const results = await lintRule('ppc-body-param-schema', doc);
    expect(results.map((r) => r.message)).toEqual([
      expect.stringContaining('Body parameter "body" has no "schema"'),
      expect.stringContaining('Body parameter "body" has "type" at the parameter level'),
    ]);
    expect(results[1]!.path).toEqual([...BODY, 'type']);
  });

  it('ppc-non-body-no-schema flags a schema and a missing type', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].schema = { type: 'string' };
    delete doc.paths['/tasks'].get.parameters[0].type;
    const results = await lintRule('ppc-non-body-no-schema', doc);
    expect(results).toHaveLength(2);
    const schema = results.find((r) => r.path.at(-1) === 'schema')!;
    expect(schema.message).toContain('Parameter "status" (in query) has a "schema"');
    expect(results.find((r) => r !== schema)!.path).toEqual(QUERY);
    expect(results.find((r) => r !== schema)!.message).toContain('has no "type"');
  });

  it('ppc-param-type-allowed and ppc-file-only-formdata', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].type = 'object';
    const [typed] = await lintRule('ppc-param-type-allowed', doc);
    expect(typed).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'type'] });
    expect(typed!.message).toContain('Parameter "status" (in query) has type "object"');

    doc.paths['/tasks'].get.parameters[0].type = 'file';
    expect(await lintRule('ppc-param-type-allowed', doc)).toEqual([]);
    const [file] = await lintRule('ppc-file-only-formdata', doc);
    expect(file).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'type'] });
    expect(file!.message).toContain('Parameter "status" has type "file" in query');
    doc.paths['/tasks'].get.parameters[0].in = 'formData';
    expect(await lintRule('ppc-file-only-formdata', doc)).toEqual([]);
  });

  it('ppc-formdata-name-ascii names the first non-ASCII character', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].in = 'formData';
    doc.paths['/tasks'].get.parameters[0].name = 'größe';
    const [finding] = await lintRule('ppc-formdata-name-ascii', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'name'] });
    expect(finding!.message).toContain('Form field name "größe" contains "ö"');
  });

  it('ppc-allow-empty-value only on query and formData', async () => {
    const doc = validSwagger();
    doc.parameters.TaskId.allowEmptyValue = true;
    doc.paths['/tasks'].get.parameters[0].allowEmptyValue = true;
    const results = await lintRule('ppc-allow-empty-value', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['parameters', 'TaskId', 'allowEmptyValue'] });
    expect(results[0]!.message).toContain('Parameter "taskId" (in path) has "allowEmptyValue"');
  });

  it('ppc-collection-format checks the value, multi placement and nested items', async () => {
    const doc = validSwagger();
    Object.assign(doc.paths['/tasks'].get.parameters[0], { type: 'array', items: { type: 'array', collectionFormat: 'multi', items: { type: 'string' } }, collectionFormat: 'comma' });
    delete doc.paths['/tasks'].get.parameters[0].enum;
    doc.parameters.TaskId.collectionFormat = 'multi';
    const results = await lintRule('ppc-collection-format', doc);
    const byPath = new Map(results.map((r) => [r.path.join('/'), r.message]));
    expect(results).toHaveLength(3);
    expect(byPath.get([...QUERY, 'collectionFormat'].join('/'))).toContain('Parameter "status" has collectionFormat "comma"; use csv, ssv, tsv, pipes or multi');
    expect(byPath.get([...QUERY, 'items', 'collectionFormat'].join('/'))).toContain('"multi" in its items');
    expect(byPath.get('parameters/TaskId/collectionFormat')).toContain(
      'Parameter "taskId" (in path) has collectionFormat "multi"; "multi" is only for query and formData parameters',
    );
    doc.paths['/tasks'].get.parameters[0].collectionFormat = 'multi';
    delete doc.paths['/tasks'].get.parameters[0].items.collectionFormat;
    delete doc.parameters.TaskId.collectionFormat;
    expect(await lintRule('ppc-collection-format', doc)).toEqual([]);
  });

  it('ppc-param-ref-valid checks prefix, target and chains', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.parameters[0].$ref = '#/definitions/Task';
    doc.paths['/tasks/{taskId}'].delete.parameters[0].$ref = '#/parameters/Nope';
    doc.parameters.Alias = { $ref: '#/parameters/TaskId' };
    doc.paths['/tasks'].get.parameters.push({ $ref: '#/parameters/Alias' });
    const results = await lintRule('ppc-param-ref-valid', doc);
    expect(results.map((r) => r.message)).toEqual([
      expect.stringContaining('The parameter $ref "#/definitions/Task" does not start with "#/parameters/"'),
      expect.stringContaining('The parameter $ref "#/parameters/Nope" points at no parameter'),
      expect.stringContaining('The shared parameter "Alias" is itself a $ref'),
    ]);
    expect(results.every((r) => r.severity === SEVERITY.error)).toBe(true);
    expect(results[2]!.path).toEqual(['parameters', 'Alias', '$ref']);
  });

  it('ppc-dynamic-not-on-body-param names each extension', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post.parameters[0]['x-ms-dynamic-schema'] = { operationId: 'X', 'value-path': 'schema' };
    doc.paths['/tasks'].post.parameters[0]['x-ms-dynamic-properties'] = { operationId: 'X' };
    const results = await lintRule('ppc-dynamic-not-on-body-param', doc);
    expect(results.map((r) => r.path)).toEqual([
      [...BODY, 'x-ms-dynamic-schema'],
      [...BODY, 'x-ms-dynamic-properties'],
    ]);
    expect(results[0]!.message).toContain('Body parameter "body" has "x-ms-dynamic-schema" on the parameter object; move it into the parameter\'s "schema"');
  });

  it('do not crash on odd input', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters = [null, 'x', 3, [], { $ref: 5 }, { name: 7, in: 'body', schema: 'x', type: 4 }, { name: null, in: 'path', items: { items: { collectionFormat: 1 } } }];
    doc.paths['/tasks'].parameters = { not: 'a list' };
    doc.paths['/odd'] = null;
    doc.paths['/odd2'] = { get: [], parameters: [{ $ref: '#/parameters/Loop' }] };
    doc.parameters.Loop = { $ref: '#/parameters/Loop' };
    for (const id of STRUCTURE_RULES) await expect(lintRule(id, doc)).resolves.toBeInstanceOf(Array);
    const noPaths = { swagger: '2.0', info: { title: 'x', version: '1' }, paths: [] };
    for (const id of STRUCTURE_RULES) await expect(lintRule(id, noPaths)).resolves.toEqual([]);
  });
});
