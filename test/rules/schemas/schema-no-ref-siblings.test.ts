import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('schema rules', () => {
  it('ppc-schema-no-ref-siblings names the keys next to $ref, once, at the first sibling', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.parent = {
      $ref: '#/definitions/Task',
      description: 'The parent task.',
      'x-ms-summary': 'Parent',
    };
    doc.definitions.Task.properties.example = {
      type: 'object',
      example: { $ref: 'not a reference, just data', note: 'x' },
    };
    const [finding, ...rest] = await lintRule('ppc-schema-no-ref-siblings', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      severity: SEVERITY.warn,
      path: ['definitions', 'Task', 'properties', 'parent', 'description'],
    });
    expect(finding.message).toContain('has sibling keys "description", "x-ms-summary"');
    expect(lineOf(finding)).toBe(lineContaining(text(doc), '"The parent task."'));
  });
});

describe('ppc-schema-no-ref-siblings scenarios', () => {
  ruleScenarios('ppc-schema-no-ref-siblings', [
    {
      name: 'A description next to `$ref` in a response schema.',
      edit: documentedEdit('ppc-schema-no-ref-siblings', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'responses', '201', 'schema', 'description'],
          line: 82,
          message: 'This $ref has a sibling key "description"',
        },
      ],
    },
    {
      name: 'A bare reference; the description lives on the response.',
      edit: documentedEdit('ppc-schema-no-ref-siblings', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-schema-no-ref-siblings, further cases', () => {
  it('ppc-required-array leaves a `required` next to $ref to ppc-schema-no-ref-siblings', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/NewTask', required: ['owner'] };
    expect(await lintRule('ppc-schema-no-ref-siblings', doc)).toHaveLength(1);
  });
});
