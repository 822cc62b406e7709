import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

const MY_RULES = [
  'ppc-x-ms-summary-type',
  'ppc-x-ms-visibility-value',
  'ppc-x-ms-capabilities-operation',
  'ppc-test-connection-operation',
  'ppc-x-ms-trigger-hint-type',
  'ppc-x-ms-localize-default-value-type',
  'ppc-x-ms-media-kind-value',
  'ppc-x-ms-autorest-ignored',
  'ppc-x-ms-unknown',
  'ppc-x-ms-misplaced',
];

describe('extension rules on the valid fixture', () => {
  it.each(MY_RULES)('%s is silent', async (id) => {
    expect(await lintRule(id, validSwagger())).toEqual([]);
  });
});

describe('ppc-x-ms-unknown', () => {
  it('suggests the closest key for a misspelling, at the key itself', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0]['x-ms-visibilty'] = 'advanced';
    const [finding, ...rest] = await lintRule('ppc-x-ms-unknown', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-x-ms-unknown', severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-visibilty'] });
    expect(finding!.message).toContain('"x-ms-visibilty" is not a known x-ms-* key; did you mean "x-ms-visibility"?');
    expect(lineOf(finding!)).toBe(lineContaining(text(doc), '"x-ms-visibilty"'));
  });

  it('asks for a rename when only case, blanks or punctuation differ', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.id['x-ms-Summary'] = 'Task ID';
    doc.definitions.Task.properties.title['x-ms-summary:'] = 'Title';
    doc.definitions.Task.properties.status['x-ms-summary title'] = 'Status';
    doc.definitions.Task.properties.dueDate['x-ms  -summary'] = 'Due';
    const results = await lintRule('ppc-x-ms-unknown', doc);
    expect(results.map((r) => r.message.split(';')[1]!.trim())).toEqual([
      'rename it to "x-ms-summary" (Power Platform silently ignores unknown x-ms-* keys, so the setting is lost, and Microsoft\'s schema rejects them).',
      'rename it to "x-ms-summary" (Power Platform silently ignores unknown x-ms-* keys, so the setting is lost, and Microsoft\'s schema rejects them).',
      'rename it to "x-ms-summary" (Power Platform silently ignores unknown x-ms-* keys, so the setting is lost, and Microsoft\'s schema rejects them).',
      'rename it to "x-ms-summary" (Power Platform silently ignores unknown x-ms-* keys, so the setting is lost, and Microsoft\'s schema rejects them).',
    ]);
  });

  it('names AutoRest keys and has no suggestion for far-off keys', async () => {
    const doc = validSwagger();
    doc.definitions.Task['x-ms-client-name'] = 'TaskModel';
    doc.paths['/tasks'].get['x-ms-foo-bar-baz'] = true;
    doc.paths['/tasks'].get['x-ms-sumamry'] = 'List';
    const results = await lintRule('ppc-x-ms-unknown', doc);
    const byKey = Object.fromEntries(results.map((r) => [String(r.path[r.path.length - 1]), r.message]));
    expect(byKey['x-ms-client-name']).toContain('is an AutoRest (Azure SDK generator) key that Power Platform does not know; remove it');
    expect(byKey['x-ms-foo-bar-baz']).toContain('remove it or use a supported extension');
    expect(byKey['x-ms-sumamry']).toContain('did you mean "x-ms-summary"?');
  });

  it('ignores other vendor extensions, property names and data, and leaves the root and contact to other rules', async () => {
    const doc = validSwagger();
    doc.definitions.Task['x-generator'] = 'x';
    doc.definitions.Task.properties['x-ms-weird-property-name'] = { type: 'string' };
    doc.definitions.Task.properties.title.example = { 'x-ms-unknown-in-data': 1 };
    doc.definitions.Task.properties.title.default = 'x';
    doc['x-ms-root-thing'] = 1;
    doc.info.contact['x-ms-team'] = 'a';
    doc.paths['/tasks'].get['x-msft-id'] = 'not an x-ms key';
    expect(await lintRule('ppc-x-ms-unknown', doc)).toEqual([]);
  });

  it('finds keys on every kind of object: info, tags, security definitions, headers, items, xml, path items, responses maps', async () => {
    const doc = validSwagger();
    doc.info['x-ms-a1'] = 1;
    doc.tags = [{ name: 't', 'x-ms-a2': 1 }];
    doc.securityDefinitions.api_key['x-ms-a3'] = 1;
    doc.paths['/tasks'].get.responses['200'].headers = { 'X-Rate': { type: 'string', 'x-ms-a4': 1, items: { type: 'string', 'x-ms-a5': 1 } } };
    doc.definitions.Task.xml = { name: 'task', 'x-ms-a6': 1 };
    doc.paths['/tasks']['x-ms-a7'] = 1;
    doc.paths['/tasks'].get.responses['x-ms-a8'] = 1;
    doc.paths['x-ms-a9'] = 1;
    doc.definitions.Task.properties.id.allOf = [{ 'x-ms-b1': 1 }];
    doc.parameters.TaskId['x-ms-b2'] = 1;
    const results = await lintRule('ppc-x-ms-unknown', doc);
    expect(results.map((r) => String(r.path[r.path.length - 1])).sort()).toEqual(['x-ms-a1', 'x-ms-a2', 'x-ms-a3', 'x-ms-a4', 'x-ms-a5', 'x-ms-a6', 'x-ms-a7', 'x-ms-a8', 'x-ms-a9', 'x-ms-b1', 'x-ms-b2']);
  });

  it('does not crash on a document with odd shapes', async () => {
    for (const odd of [null, [], 'x', 42]) {
      const doc = validSwagger();
      doc.paths['/tasks'] = odd;
      doc.definitions.Task.properties = odd;
      doc.parameters = odd;
      doc.tags = odd;
      doc.info = odd;
      expect(await lintRule('ppc-x-ms-unknown', doc)).toEqual([]);
      expect(await lintRule('ppc-x-ms-misplaced', doc)).toEqual([]);
    }
  });
});

describe('ppc-x-ms-misplaced', () => {
  it('reports a key on a kind of object where it is not read, with where it belongs', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.id['x-ms-url-encoding'] = 'single';
    const [finding, ...rest] = await lintRule('ppc-x-ms-misplaced', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-x-ms-misplaced', severity: SEVERITY.warn, path: ['definitions', 'Task', 'properties', 'id', 'x-ms-url-encoding'] });
    expect(finding!.message).toBe(
      "Extension x-ms-url-encoding is on a schema; move it to a path parameter (query parameters are always single-encoded) or remove it (Power Platform ignores it there, and Microsoft's schema rejects it).",
    );
    expect(lineOf(finding!)).toBe(lineContaining(text(doc), '"x-ms-url-encoding"'));
  });

  it('lists the allowed places', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.responses['200']['x-ms-visibility'] = 'internal';
    doc.tags = [{ name: 'Tasks', 'x-ms-summary': 'Tasks' }];
    doc.paths['/tasks'].post['x-ms-notification-content'] = { schema: { type: 'object' } };
    doc.paths['/tasks'].get.parameters[0]['x-ms-media-kind'] = 'image';
    const messages = (await lintRule('ppc-x-ms-misplaced', doc)).map((r) => r.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('x-ms-visibility is on a response; move it to an operation, a parameter, a schema or a response header'),
        expect.stringContaining('x-ms-summary is on a tag; move it to an operation, a parameter, a schema, a response or a response header'),
        expect.stringContaining('x-ms-notification-content is on an operation; move it to a path item'),
        expect.stringContaining('x-ms-media-kind is on a query parameter; move it to a schema'),
      ]),
    );
    expect(messages).toHaveLength(4);
  });

  it('accepts keys where they belong, including a $ref parameter and the notification content schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-visibility'] = 'important';
    doc.paths['/tasks'].get['x-ms-summary'] = 'List tasks';
    doc.paths['/tasks'].get.responses['200']['x-ms-summary'] = 'Tasks';
    doc.paths['/tasks'].get.responses['200'].headers = { 'X-Total': { type: 'integer', 'x-ms-summary': 'Total', 'x-ms-visibility': 'advanced' } };
    doc.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-summary'] = 'Task ID';
    doc.paths['/tasks']['x-ms-notification-content'] = { schema: { type: 'object', properties: { a: { type: 'string', 'x-ms-summary': 'A' } } } };
    doc.paths['/tasks'].post.parameters[0]['x-ms-dynamic-values'] = { operationId: 'ListTasks' };
    doc.paths['/tasks'].get.parameters[0]['x-ms-url-encoding'] = 'single'; // ppc-query-param-no-encoding reports this one
    doc['x-ms-openai-data'] = { 'openai-enabled': true }; // root keys: ppc-root-no-unknown-extensions
    doc.info.contact['x-ms-summary'] = 'x'; // ppc-contact-no-extra-keys
    doc.paths['/tasks'].post.parameters[0]['x-ms-trigger-value'] = { 'value-path': 'id' }; // ppc-x-ms-trigger-value
    expect(await lintRule('ppc-x-ms-misplaced', doc)).toEqual([]);
  });

  it('leaves AutoRest and unknown keys to their own rules', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-enum'] = { name: 'x' };
    doc.paths['/tasks'].get['x-ms-whatever'] = 1;
    expect(await lintRule('ppc-x-ms-misplaced', doc)).toEqual([]);
  });
});

describe('value rules', () => {
  it('ppc-x-ms-summary-type reports a number, null and an object with the value', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.id['x-ms-summary'] = 42;
    doc.definitions.Task.properties.title['x-ms-summary'] = null;
    doc.paths['/tasks'].get.parameters[0]['x-ms-summary'] = { en: 'Status' };
    const results = await lintRule('ppc-x-ms-summary-type', doc);
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-summary'] });
    const messages = results.map((r) => r.message);
    expect(messages).toContain(
      'x-ms-summary is an integer (42), not a string; write the display name as a string such as "Due Date" (Microsoft\'s schema types x-ms-summary as a string).',
    );
    expect(messages.some((m) => m.startsWith('x-ms-summary is null, not a string'))).toBe(true);
    expect(messages.some((m) => m.startsWith('x-ms-summary is an object, not a string'))).toBe(true);
    const numberFinding = results.find((r) => r.message.includes('(42)'))!;
    expect(lineOf(numberFinding)).toBe(lineContaining(text(doc), '"x-ms-summary": 42'));
  });

  it('ppc-x-ms-visibility-value reports unknown values and wrong types, and tolerates the forms L-VER shows', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-visibility'] = 'hidden';
    doc.definitions.Task.properties.id['x-ms-visibility'] = true;
    doc.definitions.Task.properties.title['x-ms-visibility'] = ['internal'];
    const results = await lintRule('ppc-x-ms-visibility-value', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'x-ms-visibility is "hidden", not one of "important", "advanced", "internal"',
      'x-ms-visibility is a boolean (true), not a string or null',
      'x-ms-visibility is an array, not a string or null',
    ]);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'x-ms-visibility'] });

    const tolerated = validSwagger();
    tolerated.paths['/tasks'].get['x-ms-visibility'] = 'Important';
    tolerated.definitions.Task.properties.id['x-ms-visibility'] = '';
    tolerated.definitions.Task.properties.title['x-ms-visibility'] = null;
    tolerated.paths['/tasks'].get.parameters[0]['x-ms-visibility'] = 'ADVANCED';
    expect(await lintRule('ppc-x-ms-visibility-value', tolerated)).toEqual([]);
  });

  it('ppc-x-ms-capabilities-operation checks chunkTransfer and unknown keys on operations only', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post['x-ms-capabilities'] = { chunkTransfer: 'true', testConnection: { operationId: 'ListTasks' } };
    doc.paths['/tasks'].get['x-ms-capabilities'] = 'chunkTransfer';
    doc['x-ms-capabilities'] = { testConnection: { operationId: 'ListTasks' } };
    const results = await lintRule('ppc-x-ms-capabilities-operation', doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(';')[0]])).toEqual([
      ['paths//tasks/get/x-ms-capabilities', 'x-ms-capabilities is a string (chunkTransfer), not an object'],
      ['paths//tasks/post/x-ms-capabilities/chunkTransfer', 'x-ms-capabilities has "chunkTransfer" as a string (true), not a boolean (true or false)'],
      ['paths//tasks/post/x-ms-capabilities/testConnection', 'x-ms-capabilities has the unknown key "testConnection"'],
    ]);
  });

  it('ppc-x-ms-trigger-hint-type, ppc-x-ms-localize-default-value-type and ppc-x-ms-media-kind-value', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-trigger-hint'] = null;
    doc.paths['/tasks'].get.parameters[0]['x-ms-localizeDefaultValue'] = 'true';
    doc.definitions.Task.properties.id['x-ms-media-kind'] = 'Image';
    const [hint] = await lintRule('ppc-x-ms-trigger-hint-type', doc);
    expect(hint).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'x-ms-trigger-hint'] });
    expect(hint!.message).toContain('x-ms-trigger-hint is null, not a string');
    const [localize] = await lintRule('ppc-x-ms-localize-default-value-type', doc);
    expect(localize!.message).toContain('x-ms-localizeDefaultValue is a string (true), not a boolean (true or false); write true or false without quotes');
    const [media] = await lintRule('ppc-x-ms-media-kind-value', doc);
    expect(media!.message).toContain('x-ms-media-kind is "Image", not one of "image", "audio"');
    expect(lineOf(media!)).toBe(lineContaining(text(doc), '"x-ms-media-kind"'));
  });
});

describe('ppc-test-connection-operation', () => {
  const withTest = (testConnection: unknown): Record<string, any> => {
    const doc = validSwagger();
    doc['x-ms-capabilities'] = { testConnection };
    return doc;
  };

  it('reports a non-GET operation at the operationId', async () => {
    const doc = withTest({ operationId: 'CreateTask' });
    const [finding, body, ...rest] = await lintRule('ppc-test-connection-operation', doc);
    expect(rest).toHaveLength(0);
    expect(body!.message).toContain('needs the required body parameter "body"');
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['x-ms-capabilities', 'testConnection', 'operationId'] });
    expect(finding!.message).toBe(
      'testConnection operation "CreateTask" is a POST, not a GET; point it at a GET operation that needs no parameters, or supply them as literal values (the platform calls it with no user input).',
    );
    expect(lineOf(finding!)).toBe(lineContaining(text(doc), '"operationId": "CreateTask"', lineContaining(text(doc), '"x-ms-capabilities"')));
  });

  it('reports required parameters that are not supplied (through $ref), and parameter references', async () => {
    const missing = await lintRule('ppc-test-connection-operation', withTest({ operationId: 'GetTask' }));
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toContain('operation "GetTask" needs the required path parameter "taskId", which testConnection does not supply');

    const reference = await lintRule('ppc-test-connection-operation', withTest({ operationId: 'GetTask', parameters: { taskId: { parameter: 'id' } } }));
    expect(reference).toHaveLength(1);
    expect(reference[0]!.path).toEqual(['x-ms-capabilities', 'testConnection', 'parameters', 'taskId']);
    expect(reference[0]!.message).toContain('passes "taskId" as a reference to another parameter, not a literal value');
  });

  it('accepts literals, defaults and operations without required parameters', async () => {
    expect(await lintRule('ppc-test-connection-operation', withTest({ operationId: 'ListTasks' }))).toEqual([]);
    expect(await lintRule('ppc-test-connection-operation', withTest({ operationId: 'GetTask', parameters: { taskId: 'me' } }))).toEqual([]);
    const withDefault = withTest({ operationId: 'GetTask' });
    withDefault.parameters.TaskId.default = 'me';
    expect(await lintRule('ppc-test-connection-operation', withDefault)).toEqual([]);
  });

  it('leaves a missing operation and odd shapes to other rules without crashing', async () => {
    for (const odd of [{ operationId: 'Nope' }, null, 'GetTask', [], { operationId: 42 }, { operationId: 'GetTask', parameters: 'x' }]) {
      const results = await lintRule('ppc-test-connection-operation', withTest(odd));
      expect(results.every((r) => r.message.includes('taskId'))).toBe(true);
    }
    const doc = validSwagger();
    doc['x-ms-capabilities'] = 'testConnection';
    expect(await lintRule('ppc-test-connection-operation', doc)).toEqual([]);
  });
});

describe('ppc-x-ms-autorest-ignored', () => {
  it('reports each AutoRest key as unnecessary, at the key', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.status['x-ms-enum'] = { name: 'Status', modelAsString: true };
    doc.parameters.TaskId['x-ms-skip-url-encoding'] = true;
    doc.paths['/tasks'].get.parameters[0]['x-ms-parameter-location'] = 'method';
    const results = await lintRule('ppc-x-ms-autorest-ignored', doc);
    expect(results).toHaveLength(3);
    expect(results.every((r) => r.severity === SEVERITY.info)).toBe(true);
    const enumFinding = results.find((r) => r.path[r.path.length - 1] === 'x-ms-enum')!;
    expect(enumFinding.message).toBe(
      "x-ms-enum is an AutoRest key that Power Platform ignores; remove it, and give display names with x-ms-enum-values (Microsoft's schema accepts it only for convenience).",
    );
    expect(lineOf(enumFinding)).toBe(lineContaining(text(doc), '"x-ms-enum"'));
  });
});

describe('wrong value types never crash the extension rules', () => {
  it.each(MY_RULES)('%s returns findings, not a crash, for null, arrays and strings', async (id) => {
    const doc = validSwagger();
    for (const [i, value] of [null, [], 'x', 42, { a: { b: [null] } }].entries()) {
      doc.paths['/tasks'].get.parameters.push({ name: `p${i}`, in: 'query', type: 'string', 'x-ms-summary': value, 'x-ms-visibility': value, 'x-ms-localizeDefaultValue': value });
      doc.definitions.Task.properties[`p${i}`] = { 'x-ms-media-kind': value, 'x-ms-enum': value, 'x-ms-capabilities': value };
    }
    doc.paths['/tasks'].get['x-ms-capabilities'] = null;
    doc.paths['/tasks'].get['x-ms-trigger-hint'] = [];
    doc['x-ms-capabilities'] = { testConnection: null };
    await expect(lintRule(id, doc)).resolves.toBeInstanceOf(Array);
  });
});
