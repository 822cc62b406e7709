import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const GET = ['paths', '/tasks/{taskId}', 'get'];
const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('response rules', () => {
  describe('ppc-no-empty-schema', () => {
    it('reports `{}` and description-only schemas, also through a $ref', async () => {
      const doc = validSwagger();
      doc.paths['/tasks/{taskId}'].get.responses['404'].schema = {};
      doc.paths['/tasks'].post.responses['201'].schema = { $ref: '#/definitions/Empty' };
      doc.definitions.Empty = { description: 'Nothing.' };
      const results = await lintRule('ppc-no-empty-schema', doc);
      expect(results.map((r) => r.path)).toEqual([
        ['paths', '/tasks', 'post', 'responses', '201', 'schema'],
        [...GET, 'responses', '404', 'schema'],
      ]);
      expect(results[0].severity).toBe(SEVERITY.error);
      expect(results[0].message).toContain('"201" is an empty schema (through "#/definitions/Empty")');
      expect(lineOf(results[1])).toBe(lineContaining(text(doc), '"schema": {}'));
    });

    it('skips dynamic responses and hidden operations', async () => {
      const doc = validSwagger();
      doc.paths['/tasks/{taskId}'].get.responses['200'] = {
        description: 'Dynamic.',
        schema: {},
        'x-ms-dynamic-schema': { operationId: 'X' },
      };
      doc.paths['/tasks'].get.responses['200'].schema = {};
      doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
      expect(await lintRule('ppc-no-empty-schema', doc)).toEqual([]);
      doc.responses = { Empty: { description: 'Shared.', schema: {} } };
      expect((await lintRule('ppc-no-empty-schema', doc)).map((r) => r.path)).toEqual([
        ['responses', 'Empty', 'schema'],
      ]);
    });
  });
});

describe('ppc-no-empty-schema scenarios', () => {
  ruleScenarios('ppc-no-empty-schema', [
    {
      name: 'An empty schema on a 200 response.',
      edit: documentedEdit('ppc-no-empty-schema', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'responses', '200', 'schema'],
          line: { containing: '"schema": {}' },
          message: 'The schema of response "200" is an empty schema',
        },
      ],
    },
    {
      name: 'An empty schema on an error response.',
      edit: documentedEdit('ppc-no-empty-schema', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'responses', '404', 'schema'],
          line: 110,
          message: 'The schema of response "404" is an empty schema',
        },
      ],
    },
    { name: 'An error response without a schema.', edit: documentedEdit('ppc-no-empty-schema', 'valid'), expect: [] },
    {
      name: 'A dynamic response schema.',
      edit: documentedEdit('ppc-no-empty-schema', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-no-empty-schema, further cases', () => {
  it('an empty {} schema on an error response is reported once, by ppc-no-empty-schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses['404'].schema = {};
    const [owner] = await lintRule('ppc-no-empty-schema', doc);
    expect(owner).toMatchObject({ path: [...GET, 'responses', '404', 'schema'] });
    expect(owner.message).toContain('remove `schema` when the response has no body');
    doc.paths['/tasks/{taskId}'].get.responses['404'].schema = { type: 'object' };
    expect(await lintRule('ppc-no-empty-schema', doc)).toEqual([]);
  });
});

describe('ppc-no-empty-schema, further cases', () => {
  it('leaves an empty `default` schema to ppc-default-no-schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses.default = { description: 'Error.', schema: {} };
    expect(await lintRule('ppc-no-empty-schema', doc)).toEqual([]);
  });
});
