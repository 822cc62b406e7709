import { connectorModel, schemaVisits } from '../../src/model';

const document = () => ({
  swagger: '2.0',
  parameters: {
    SharedBody: { name: 'body', in: 'body', schema: { $ref: '#/definitions/Task' } },
  },
  responses: { Err: { description: 'Error', schema: { type: 'object', properties: { code: { type: 'string' } } } } },
  paths: {
    '/tasks': {
      post: {
        operationId: 'CreateTask',
        parameters: [
          { $ref: '#/parameters/SharedBody' },
          { name: 'tags', in: 'query', type: 'array', items: { type: 'string' } },
        ],
        responses: {
          '200': { description: 'OK', schema: { $ref: '#/definitions/Task' } },
          default: { $ref: '#/responses/Err' },
        },
      },
      get: {
        operationId: 'HiddenList',
        'x-ms-visibility': 'internal',
        responses: { '200': { description: 'OK', schema: { type: 'array', items: { $ref: '#/definitions/Task' } } } },
      },
    },
  },
  definitions: {
    Task: {
      type: 'object',
      properties: {
        title: { type: 'string' },
        secret: { 'x-ms-visibility': 'internal', type: 'object', properties: { key: { type: 'string' } } },
        parent: { $ref: '#/definitions/Task' },
      },
    },
  },
});

describe('schemaVisits written', () => {
  it('visits every schema object once where it is written, with its role', () => {
    const visits = schemaVisits(connectorModel(document()), 'written');
    const paths = visits.map((v) => v.path.join('/'));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(
      expect.arrayContaining([
        'paths//tasks/post/parameters/1/items',
        'paths//tasks/post/responses/200/schema',
        'paths//tasks/get/responses/200/schema/items',
        'parameters/SharedBody/schema',
        'responses/Err/schema/properties/code',
        'definitions/Task/properties/parent',
        'definitions/Task/properties/secret/properties/key',
      ]),
    );
    expect(paths.filter((p) => p.startsWith('definitions/Task'))).toHaveLength(5);
    const role = (p: string) => visits.find((v) => v.path.join('/') === p)?.role;
    expect(role('paths//tasks/post/parameters/1/items')).toBe('parameter');
    expect(role('parameters/SharedBody/schema')).toBe('request-body');
    expect(role('responses/Err/schema')).toBe('response');
    expect(role('definitions/Task')).toBe('definition');
    expect(visits.every((v) => !v.viaRef)).toBe(true);
  });

  it('marks schemas under a hidden operation or hidden schema ancestor as hidden', () => {
    const visits = schemaVisits(connectorModel(document()), 'written');
    const hidden = (p: string) => visits.find((v) => v.path.join('/') === p)?.hidden;
    expect(hidden('paths//tasks/get/responses/200/schema/items')).toBe(true);
    expect(hidden('definitions/Task/properties/secret/properties/key')).toBe(true);
    expect(hidden('definitions/Task/properties/title')).toBe(false);
    expect(hidden('paths//tasks/post/responses/200/schema')).toBe(false);
  });
});

describe('schemaVisits expanded', () => {
  it('follows $refs from each operation, reports the written path, and ends on cycles', () => {
    const visits = schemaVisits(connectorModel(document()), 'expanded');
    const create = visits.filter((v) => v.operation?.operationId === 'CreateTask');
    const body = create.filter((v) => v.role === 'request-body');
    // Task, title, secret, secret.key: the self-reference `parent` resolves to Task, already visited for this root
    expect(body.map((v) => v.path.join('/'))).toEqual([
      'definitions/Task',
      'definitions/Task/properties/title',
      'definitions/Task/properties/secret',
      'definitions/Task/properties/secret/properties/key',
    ]);
    expect(body.every((v) => v.viaRef)).toBe(true);
    expect(body.map((v) => v.depth)).toEqual([0, 1, 1, 2]);
    const responses = create.filter((v) => v.role === 'response').map((v) => v.path.join('/'));
    expect(responses).toContain('responses/Err/schema/properties/code');
    expect(responses.filter((p) => p === 'definitions/Task')).toHaveLength(1);
    expect(create.find((v) => v.role === 'parameter')?.path).toEqual([
      'paths',
      '/tasks',
      'post',
      'parameters',
      1,
      'items',
    ]);
  });

  it('carries hidden from the operation and from schema ancestors', () => {
    const visits = schemaVisits(connectorModel(document()), 'expanded');
    expect(visits.filter((v) => v.operation?.operationId === 'HiddenList').every((v) => v.hidden)).toBe(true);
    const create = visits.filter((v) => v.operation?.operationId === 'CreateTask' && v.role === 'request-body');
    expect(create.find((v) => v.path.join('/') === 'definitions/Task/properties/secret/properties/key')?.hidden).toBe(
      true,
    );
    expect(create.find((v) => v.path.join('/') === 'definitions/Task/properties/title')?.hidden).toBe(false);
  });

  it('is memoised per model and mode', () => {
    const model = connectorModel(document());
    expect(schemaVisits(model, 'expanded')).toBe(schemaVisits(model, 'expanded'));
    expect(schemaVisits(model, 'written')).not.toBe(schemaVisits(model, 'expanded'));
  });

  it('walks a 10,000-deep nesting through $refs without overflowing the stack', () => {
    const N = 10_000;
    const definitions: Record<string, unknown> = {};
    for (let i = 0; i < N; i++)
      definitions[`D${i}`] = { type: 'object', properties: { next: { $ref: `#/definitions/D${i + 1}` } } };
    definitions[`D${N}`] = { type: 'string' };
    const model = connectorModel({
      paths: { '/a': { get: { responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/D0' } } } } } },
      definitions,
    });
    const visits = schemaVisits(model, 'expanded');
    expect(visits).toHaveLength(N + 1);
    expect(visits[N].depth).toBe(N);
  });

  it('never throws on odd schemas', () => {
    const model = connectorModel({
      paths: {
        '/a': {
          post: {
            parameters: [
              { in: 'body', name: 'b', schema: [1] },
              { in: 'body', schema: { $ref: 'remote.json' } },
            ],
            responses: { '200': { schema: null } },
          },
        },
      },
      definitions: { A: 'text', B: { properties: [], items: 5, allOf: 'x' } },
    });
    expect(() => schemaVisits(model, 'expanded')).not.toThrow();
    expect(schemaVisits(model, 'written').map((v) => v.path.join('/'))).toEqual([
      'paths//a/post/parameters/1/schema',
      'definitions/B',
    ]);
  });
});
