import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('schema rules', () => {
  it('ppc-schema-ref-valid reports references that do not resolve or leave #/definitions', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post.responses['201'].schema.$ref = '#/definitions/Tasks';
    doc.definitions.Task.properties.owner = { $ref: 'https://example.com/schemas/user.json' };
    doc.definitions.Task.properties.bad = { $ref: '#/definitions/A~2B' };
    const results = await lintRule('ppc-schema-ref-valid', doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(';')[0]])).toEqual([
      ['paths//tasks/post/responses/201/schema/$ref', 'Schema $ref "#/definitions/Tasks" does not resolve to a schema'],
      [
        'definitions/Task/properties/owner/$ref',
        'Schema $ref "https://example.com/schemas/user.json" does not start with "#/definitions/"',
      ],
      ['definitions/Task/properties/bad/$ref', 'Schema $ref "#/definitions/A~2B" is not a valid JSON pointer'],
    ]);
    expect(results[0].severity).toBe(SEVERITY.error);
    expect(lineOf(results[0])).toBe(lineContaining(text(doc), '#/definitions/Tasks'));
  });
});

describe('ppc-schema-ref-valid scenarios', () => {
  ruleScenarios('ppc-schema-ref-valid', [
    {
      name: 'A reference to a definition that does not exist.',
      edit: documentedEdit('ppc-schema-ref-valid', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'responses', '201', 'schema', '$ref'],
          line: { containing: '"$ref": "#/definitions/Tasks"' },
          message: 'Schema $ref "#/definitions/Tasks" does not resolve to a schema',
        },
      ],
    },
    {
      name: 'A reference outside `#/definitions`.',
      edit: documentedEdit('ppc-schema-ref-valid', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'responses', '201', 'schema', '$ref'],
          line: { containing: '"$ref": "#/parameters/TaskId"' },
          message: 'Schema $ref "#/parameters/TaskId" does not start with "#/definitions/"',
        },
      ],
    },
    {
      name: 'A reference to an existing definition.',
      edit: documentedEdit('ppc-schema-ref-valid', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
