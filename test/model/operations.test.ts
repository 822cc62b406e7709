import { connectorModel } from '../../src/model';

const doc = (): Record<string, unknown> => ({
  swagger: '2.0',
  consumes: ['application/json'],
  produces: ['application/json'],
  parameters: {
    SharedId: { name: 'id', in: 'path', required: true, type: 'string' },
    Hidden: { name: 'X-Trace', in: 'header', type: 'string', 'x-ms-visibility': 'internal' },
  },
  responses: { NotFound: { description: 'Not found' } },
  paths: {
    '/tasks/{id}': {
      parameters: [
        { $ref: '#/parameters/SharedId' },
        { name: 'X-Api-Version', in: 'header', type: 'string' },
        { name: 'q', in: 'query', type: 'string' },
      ],
      get: {
        operationId: 'GetTask',
        parameters: [
          { name: 'x-api-version', in: 'header', type: 'string', required: true },
          { $ref: '#/parameters/Hidden' },
        ],
        responses: {
          '200': { description: 'OK', schema: { $ref: '#/definitions/Task' } },
          '404': { $ref: '#/responses/NotFound' },
          'x-extra': {},
        },
      },
      delete: {
        'x-ms-visibility': 'internal',
        deprecated: true,
        produces: ['text/plain'],
        responses: { default: { description: 'Error' } },
      },
      'x-ms-notes': {},
    },
    '/upload': {
      post: {
        operationId: 'Upload',
        consumes: ['multipart/form-data'],
        parameters: [
          { name: 'file', in: 'formData', type: 'file' },
          { name: 'q', in: 'query', type: 'string' },
          { $ref: '#/parameters/Missing' },
        ],
        responses: {},
        'x-ms-pageable': { nextLinkName: 'next' },
      },
    },
  },
  definitions: { Task: { type: 'object' } },
});

describe('operations', () => {
  it('lists operations in document order with a display label and JSON path', () => {
    const model = connectorModel(doc());
    expect(model.operations.map((o) => o.label)).toEqual([
      'GetTask (GET /tasks/{id})',
      'DELETE /tasks/{id}',
      'Upload (POST /upload)',
    ]);
    expect(model.operations[0].jsonPath).toEqual(['paths', '/tasks/{id}', 'get']);
    expect(model.operationsById.get('GetTask')?.map((o) => o.method)).toEqual(['get']);
  });

  it('merges path-level parameters; an operation-level header overrides one that differs only in case', () => {
    const get = connectorModel(doc()).operations[0];
    expect(get.parameters.map((p) => [p.key, p.level])).toEqual([
      ['path:id', 'path'],
      ['query:q', 'path'],
      ['header:x-api-version', 'operation'],
      ['header:x-trace', 'operation'],
    ]);
    expect(get.parameters[2].required).toBe(true);
  });

  it('records where a $ref parameter is written and where it is used', () => {
    const get = connectorModel(doc()).operations[0];
    const id = get.parameters.find((p) => p.key === 'path:id')!;
    expect(id).toMatchObject({
      viaRef: true,
      jsonPath: ['parameters', 'SharedId'],
      usePath: ['paths', '/tasks/{id}', 'parameters', 0],
      required: true,
      hidden: false,
    });
    const trace = get.parameters.find((p) => p.key === 'header:x-trace')!;
    expect(trace).toMatchObject({
      viaRef: true,
      hidden: true,
      jsonPath: ['parameters', 'Hidden'],
      usePath: ['paths', '/tasks/{id}', 'get', 'parameters', 1],
    });
    const inline = get.parameters[2];
    expect(inline).toMatchObject({ viaRef: false, jsonPath: inline.usePath });
  });

  it('leaves out broken parameter references and splits formData', () => {
    const upload = connectorModel(doc()).operations[2];
    expect(upload.parameters.map((p) => p.key)).toEqual(['formData:file', 'query:q']);
    expect(upload.formData.map((p) => p.name)).toEqual(['file']);
    expect(upload.body).toBeUndefined();
  });

  it('takes consumes/produces from the operation, else the root', () => {
    const [get, del, upload] = connectorModel(doc()).operations;
    expect(get.consumes).toEqual(['application/json']);
    expect(del.produces).toEqual(['text/plain']);
    expect(upload.consumes).toEqual(['multipart/form-data']);
  });

  it('reads hidden, deprecated and pageable', () => {
    const [get, del, upload] = connectorModel(doc()).operations;
    expect([get.hidden, del.hidden]).toEqual([false, true]);
    expect([get.deprecated, del.deprecated]).toEqual([false, true]);
    expect([get.pageable, upload.pageable]).toEqual([false, true]);
  });

  it('lists responses without extension keys and follows response $refs', () => {
    const get = connectorModel(doc()).operations[0];
    expect(get.responses.map((r) => r.code)).toEqual(['200', '404']);
    expect(get.responses[0]).toMatchObject({
      viaRef: false,
      schema: { $ref: '#/definitions/Task' },
      usePath: ['paths', '/tasks/{id}', 'get', 'responses', '200'],
    });
    expect(get.responses[1]).toMatchObject({
      viaRef: true,
      jsonPath: ['responses', 'NotFound'],
      usePath: ['paths', '/tasks/{id}', 'get', 'responses', '404'],
    });
  });
});

describe('trigger detection', () => {
  const triggers = (paths: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    connectorModel({ swagger: '2.0', paths, ...extra }).operations.map((o) => o.trigger);

  it('no x-ms-trigger: none; x-ms-trigger alone: polling', () => {
    expect(
      triggers({ '/a': { get: { responses: {} } }, '/b': { get: { 'x-ms-trigger': 'batch', responses: {} } } }),
    ).toEqual(['none', 'polling']);
  });

  it('webhook when the path item has x-ms-notification-content', () => {
    expect(
      triggers({
        '/hook': { 'x-ms-notification-content': { schema: {} }, post: { 'x-ms-trigger': 'single', responses: {} } },
      }),
    ).toEqual(['webhook']);
  });

  it('webhook when the registration body carries x-ms-notification-url, through a $ref', () => {
    const paths = {
      '/hook': {
        post: {
          'x-ms-trigger': 'single',
          parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Sub' } }],
          responses: {},
        },
      },
    };
    const definitions = { Sub: { properties: { callback: { type: 'string', 'x-ms-notification-url': true } } } };
    expect(triggers(paths, { definitions })).toEqual(['webhook']);
    expect(triggers(paths, { definitions: { Sub: { properties: { callback: { type: 'string' } } } } })).toEqual([
      'polling',
    ]);
  });

  it('webhook when a marked parameter carries the URL', () => {
    const paths = {
      '/hook': {
        post: {
          'x-ms-trigger': 'single',
          parameters: [{ name: 'cb', in: 'query', 'x-ms-notification-url': 'true' }],
          responses: {},
        },
      },
    };
    expect(triggers(paths)).toEqual(['webhook']);
  });

  it('a cyclic body schema does not hang the webhook search', () => {
    const paths = {
      '/hook': {
        post: {
          'x-ms-trigger': 'single',
          parameters: [{ name: 'b', in: 'body', schema: { $ref: '#/definitions/A' } }],
          responses: {},
        },
      },
    };
    const definitions = {
      A: { properties: { next: { $ref: '#/definitions/A' }, loop: { $ref: '#/definitions/L' } } },
      L: { $ref: '#/definitions/L' },
    };
    expect(triggers(paths, { definitions })).toEqual(['polling']);
  });
});

describe('connectorModel', () => {
  it('is built once per document object', () => {
    const d = doc();
    expect(connectorModel(d)).toBe(connectorModel(d));
    expect(connectorModel(doc())).not.toBe(connectorModel(d));
  });

  it('never throws on odd input', () => {
    for (const input of [
      null,
      undefined,
      42,
      'text',
      [],
      [1, 2],
      { paths: [] },
      { paths: { '/a': null, '/b': [], '/c': { get: [] } } },
    ]) {
      const model = connectorModel(input);
      expect(model.operations).toEqual([]);
    }
    const odd = connectorModel({ paths: { '/a': { get: { parameters: 'x', responses: [] } } } }).operations[0];
    expect([odd.parameters, odd.responses]).toEqual([[], []]);
    const weird = {
      paths: { '/a': { get: { parameters: [null, 5, { $ref: '#/paths' }], responses: { '200': null } } } },
    };
    expect(connectorModel(weird).operations[0].parameters).toEqual([
      {
        name: '',
        in: '',
        key: ':',
        node: weird.paths,
        jsonPath: ['paths'],
        usePath: ['paths', '/a', 'get', 'parameters', 2],
        viaRef: true,
        level: 'operation',
        required: false,
        hidden: false,
        schema: undefined,
      },
    ]);
  });

  it('keeps operationIds such as "constructor" and "__proto__" as plain keys', () => {
    const model = connectorModel({
      paths: { '/a': { get: { operationId: 'constructor' } }, '/b': { get: { operationId: '__proto__' } } },
    });
    expect(model.operationsById.get('constructor')).toHaveLength(1);
    expect(model.operationsById.get('__proto__')).toHaveLength(1);
    expect(model.operationsById.get('toString')).toBeUndefined();
  });
});
