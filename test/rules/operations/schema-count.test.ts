import { validSwagger } from '../../helpers/lint';
import { nodeCounter, operationNodeCount, SATURATION } from '../../../src/utils/schemas-count';
import { ladder } from '../../helpers/operations';

const countIn = (doc: unknown, schema: unknown): number => nodeCounter(doc).count(schema);

describe('schema node counting', () => {
  it('counts schema objects with $refs expanded', () => {
    const doc = validSwagger();
    // Task: the object plus 4 properties.
    expect(countIn(doc, { $ref: '#/definitions/Task' })).toBe(5);
    // An array of Task: the array node plus the expanded Task.
    expect(countIn(doc, doc.paths['/tasks'].get.responses['200'].schema)).toBe(6);
    // allOf / additionalProperties / tuple items.
    expect(
      countIn(doc, {
        allOf: [{ type: 'object' }, { $ref: '#/definitions/NewTask' }],
        additionalProperties: { items: [{}, {}] },
      }),
    ).toBe(1 + 1 + 3 + 1 + 2);
  });

  it('counts an operation: parameters (path level too), response schemas and headers', () => {
    const doc = validSwagger();
    // ListTasks: 1 query parameter + 6 nodes in the 200 schema; the 401 has no schema.
    expect(operationNodeCount(doc, doc.paths['/tasks'].get, doc.paths['/tasks'])).toBe(7);
    // GetTask: the $ref'd path parameter + Task (5).
    expect(operationNodeCount(doc, doc.paths['/tasks/{taskId}'].get, doc.paths['/tasks/{taskId}'])).toBe(6);
    doc.paths['/tasks/{taskId}'].parameters = [{ name: 'tags', in: 'query', type: 'array', items: { type: 'string' } }];
    doc.paths['/tasks/{taskId}'].delete.responses['204'].headers = { Location: { type: 'string' } };
    expect(operationNodeCount(doc, doc.paths['/tasks/{taskId}'].delete, doc.paths['/tasks/{taskId}'])).toBe(2 + 1 + 1);
  });

  it('counts a recursive schema once per cycle and exponential expansions in linear time', () => {
    const doc = {
      definitions: {
        Node: {
          type: 'object',
          properties: {
            children: { type: 'array', items: { $ref: '#/definitions/Node' } },
            self: { $ref: '#/definitions/Node' },
          },
        },
        ...ladder(30, 2),
      },
    };
    // Node(1) + children(1) + items→Node stub(1) + self→Node stub(1).
    expect(countIn(doc, { $ref: '#/definitions/Node' })).toBe(4);
    const started = Date.now();
    // 2^30 - 1 nodes when expanded: counted (saturating at a billion), not walked.
    expect(countIn(doc, { $ref: '#/definitions/Level0' })).toBe(SATURATION);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('survives odd input', () => {
    const doc = { a: { $ref: '#/b' }, b: { $ref: '#/a' } };
    for (const odd of [null, 1, 'x', [], { $ref: '#/%E0%A4%A' }, { $ref: 5 }, { properties: null }, { items: 'x' }]) {
      expect(() => countIn(doc, odd)).not.toThrow();
    }
    expect(countIn(doc, { $ref: '#/a' })).toBe(1);
    expect(
      operationNodeCount(doc, { parameters: [{ $ref: '#/x' }], responses: { '200': { $ref: 'nowhere' } } }, null),
    ).toBe(0);
  });
});
