import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { countOperationSchemaNodes, countSchemaNodes } from '../../../src/utils/operations-schema-count';
import { resolveLocalRef } from '../../../src/utils/schemas';

const resolverFor = (doc: unknown) => (ref: string) => resolveLocalRef(doc, ref);

/** Definitions Level0..Level(n-1), each with `width` properties that reference the next level. */
function ladder(levels: number, width: number): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (let level = 0; level < levels; level++) {
    defs[`Level${level}`] =
      level === levels - 1
        ? { type: 'string' }
        : { type: 'object', properties: Object.fromEntries(Array.from({ length: width }, (_, k) => [`p${k}`, { $ref: `#/definitions/Level${level + 1}` }])) };
  }
  return defs;
}

describe('schema node counting', () => {
  it('counts schema objects with $refs expanded', () => {
    const doc = validSwagger();
    const resolve = resolverFor(doc);
    // Task: the object plus 4 properties.
    expect(countSchemaNodes({ $ref: '#/definitions/Task' }, { resolve, cap: 1000 })).toEqual({ count: 5, capped: false });
    // An array of Task: the array node plus the expanded Task.
    expect(countSchemaNodes(doc.paths['/tasks'].get.responses['200'].schema, { resolve, cap: 1000 })).toEqual({ count: 6, capped: false });
    // allOf / additionalProperties / tuple items.
    expect(countSchemaNodes({ allOf: [{ type: 'object' }, { $ref: '#/definitions/NewTask' }], additionalProperties: { items: [{}, {}] } }, { resolve, cap: 1000 }).count).toBe(
      1 + 1 + 3 + 1 + 2,
    );
  });

  it('counts an operation: parameters (path level too), response schemas and headers', () => {
    const doc = validSwagger();
    const resolve = resolverFor(doc);
    // ListTasks: 1 query parameter + 6 nodes in the 200 schema; the 401 has no schema.
    expect(countOperationSchemaNodes(doc.paths['/tasks'].get, doc.paths['/tasks'], { resolve, cap: 1000 }).count).toBe(7);
    // GetTask: the $ref'd path parameter + Task (5).
    expect(countOperationSchemaNodes(doc.paths['/tasks/{taskId}'].get, doc.paths['/tasks/{taskId}'], { resolve, cap: 1000 }).count).toBe(6);
    doc.paths['/tasks/{taskId}'].parameters = [{ name: 'tags', in: 'query', type: 'array', items: { type: 'string' } }];
    doc.paths['/tasks/{taskId}'].delete.responses['204'].headers = { Location: { type: 'string' } };
    expect(countOperationSchemaNodes(doc.paths['/tasks/{taskId}'].delete, doc.paths['/tasks/{taskId}'], { resolve, cap: 1000 }).count).toBe(2 + 1 + 1);
  });

  it('counts a recursive schema once per cycle and stops at the cap on exponential expansions', () => {
    const doc = { definitions: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/definitions/Node' } }, self: { $ref: '#/definitions/Node' } } }, ...ladder(30, 2) } };
    const resolve = resolverFor(doc);
    // Node(1) + children(1) + items→Node stub(1) + self→Node stub(1).
    expect(countSchemaNodes({ $ref: '#/definitions/Node' }, { resolve, cap: 1000 })).toEqual({ count: 4, capped: false });
    const started = Date.now();
    // 2^30 nodes if expanded fully.
    expect(countSchemaNodes({ $ref: '#/definitions/Level0' }, { resolve, cap: 16_385 })).toEqual({ count: 16_385, capped: true });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('survives odd input', () => {
    const resolve = (ref: string): unknown => {
      if (ref === 'throw') throw new Error('boom');
      return undefined;
    };
    for (const odd of [null, 1, 'x', [], { $ref: 'throw' }, { $ref: 5 }, { properties: null }, { items: 'x' }]) {
      expect(() => countSchemaNodes(odd, { resolve, cap: 10 })).not.toThrow();
    }
    const loop: Record<string, unknown> = { a: { $ref: '#/b' }, b: { $ref: '#/a' } };
    expect(countSchemaNodes({ $ref: '#/a' }, { resolve: resolverFor(loop), cap: 100 })).toEqual({ count: 1, capped: false });
    expect(countOperationSchemaNodes({ parameters: [{ $ref: '#/x' }], responses: { '200': { $ref: 'throw' } } }, null, { resolve, cap: 10 }).count).toBe(0);
  });
});

describe('ppc-operation-schema-count', () => {
  it('reports an operation above 16,384 nodes', async () => {
    const doc = validSwagger();
    Object.assign(doc.definitions, ladder(8, 4));
    doc.paths['/tasks'].get.responses['200'].schema = { $ref: '#/definitions/Level0' };
    const results = await lintRule('ppc-operation-schema-count', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-operation-schema-count', severity: SEVERITY.error, path: ['paths', '/tasks', 'get'] });
    expect(results[0]!.message).toBe(
      'Operation "ListTasks" has more than 16,384 schema nodes with $refs expanded; split the operation or simplify its schemas (the platform refuses definitions over this limit: OperationSchemaCountExceedsMaxAllowed).',
    );
  });

  it('is silent on the valid fixture and on a recursive schema', async () => {
    expect(await lintRule('ppc-operation-schema-count', validSwagger())).toEqual([]);
    const doc = validSwagger();
    doc.definitions.Task.properties.parent = { $ref: '#/definitions/Task' };
    expect(await lintRule('ppc-operation-schema-count', doc)).toEqual([]);
  });
});
