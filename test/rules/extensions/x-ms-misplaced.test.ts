import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('ppc-x-ms-misplaced', () => {
  it('reports a key on a kind of object where it is not read, with where it belongs', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.id['x-ms-url-encoding'] = 'single';
    const [finding, ...rest] = await lintRule('ppc-x-ms-misplaced', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      code: 'ppc-x-ms-misplaced',
      severity: SEVERITY.warn,
      path: ['definitions', 'Task', 'properties', 'id', 'x-ms-url-encoding'],
    });
    expect(finding.message).toBe(
      "Extension x-ms-url-encoding is on a schema; move it to a path parameter (query parameters are always single-encoded) or remove it (Power Platform ignores it there, and Microsoft's schema rejects it).",
    );
    expect(lineOf(finding)).toBe(lineContaining(text(doc), '"x-ms-url-encoding"'));
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
        expect.stringContaining(
          'x-ms-visibility is on a response; move it to an operation, a parameter, a schema or a response header',
        ),
        expect.stringContaining(
          'x-ms-summary is on a tag; move it to an operation, a parameter, a schema, a response or a response header',
        ),
        expect.stringContaining('x-ms-notification-content is on an operation; move it to a path item'),
        expect.stringContaining('x-ms-media-kind is on a query parameter; move it to a schema'),
      ]),
    );
    expect(messages).toHaveLength(4);
  });

  it('leaves AutoRest and unknown keys to their own rules', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-enum'] = { name: 'x' };
    doc.paths['/tasks'].get['x-ms-whatever'] = 1;
    expect(await lintRule('ppc-x-ms-misplaced', doc)).toEqual([]);
  });
});

describe('ppc-x-ms-misplaced scenarios', () => {
  ruleScenarios('ppc-x-ms-misplaced', [
    {
      name: '`x-ms-url-encoding` on a schema property: only path (and query) parameters take it.',
      edit: documentedEdit('ppc-x-ms-misplaced', 'invalid'),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'id', 'x-ms-url-encoding'],
          line: { containing: '"x-ms-url-encoding": "single"' },
          message: 'Extension x-ms-url-encoding is on a schema',
        },
      ],
    },
    {
      name: '`x-ms-visibility` on a response object.',
      edit: documentedEdit('ppc-x-ms-misplaced', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'responses', '200', 'x-ms-visibility'],
          line: { containing: '"x-ms-visibility": "internal"' },
          message: 'Extension x-ms-visibility is on a response',
        },
      ],
    },
    {
      name: '`x-ms-visibility` on a parameter and `x-ms-summary` on a response.',
      edit: documentedEdit('ppc-x-ms-misplaced', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-x-ms-misplaced, further cases', () => {
  it('accepts keys where they belong, including a $ref parameter and the notification content schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-visibility'] = 'important';
    doc.paths['/tasks'].get['x-ms-summary'] = 'List tasks';
    doc.paths['/tasks'].get.responses['200']['x-ms-summary'] = 'Tasks';
    doc.paths['/tasks'].get.responses['200'].headers = {
      'X-Total': { type: 'integer', 'x-ms-summary': 'Total', 'x-ms-visibility': 'advanced' },
    };
    doc.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-summary'] = 'Task ID';
    doc.paths['/tasks']['x-ms-notification-content'] = {
      schema: { type: 'object', properties: { a: { type: 'string', 'x-ms-summary': 'A' } } },
    };
    doc.paths['/tasks'].post.parameters[0]['x-ms-dynamic-values'] = { operationId: 'ListTasks' };
    doc.paths['/tasks'].get.parameters[0]['x-ms-url-encoding'] = 'single';
    doc['x-ms-openai-data'] = { 'openai-enabled': true };
    doc.info.contact['x-ms-summary'] = 'x';
    doc.paths['/tasks'].post.parameters[0]['x-ms-trigger-value'] = { 'value-path': 'id' };
    expect(await lintRule('ppc-x-ms-misplaced', doc)).toEqual([]);
  });
});
