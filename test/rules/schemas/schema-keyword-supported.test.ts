import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('schema rules', () => {
  it('ppc-schema-keyword-supported names each unsupported keyword', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.dueDate.nullable = true;
    doc.definitions.Task.properties.tags = {
      type: 'array',
      items: { type: 'string' },
      uniqueItems: true,
      'x-custom': 1,
    };
    doc.definitions.Task.properties.title.uniqueItems = true;
    doc.definitions.Task.properties.status.oneOf = [{ type: 'string' }];
    const results = await lintRule('ppc-schema-keyword-supported', doc);
    expect(results.map((r) => r.path.slice(-2).join('/'))).toEqual([
      'title/uniqueItems',
      'status/oneOf',
      'dueDate/nullable',
    ]);
    expect(results[2].message).toBe(
      '"nullable" is not a supported schema keyword; use the `x-nullable` extension or remove it (Microsoft rejects unsupported schema keywords).',
    );
    expect(results[2].severity).toBe(SEVERITY.error);
    expect(lineOf(results[2])).toBe(lineContaining(text(doc), '"nullable"'));
    expect(results[0].message).toContain('"uniqueItems" is not a supported schema keyword; it applies to arrays only');
  });

  it('ppc-schema-keyword-supported accepts uniqueItems on arrays', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.tags = { type: 'array', items: { type: 'string' }, uniqueItems: true };
    doc.paths['/tasks'].get.responses['200'].schema.uniqueItems = true;
    expect(await lintRule('ppc-schema-keyword-supported', doc)).toEqual([]);
    doc.definitions.Task.properties.tags.type = 'string';
    expect(await lintRule('ppc-schema-keyword-supported', doc)).toHaveLength(1);
  });
});

describe('ppc-schema-keyword-supported scenarios', () => {
  ruleScenarios('ppc-schema-keyword-supported', [
    {
      name: '`nullable` from OpenAPI 3.',
      edit: documentedEdit('ppc-schema-keyword-supported', 'invalid'),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'dueDate', 'nullable'],
          line: { containing: '"nullable": true' },
          message: '"nullable" is not a supported schema keyword',
        },
      ],
    },
    {
      name: '`uniqueItems` on a string.',
      edit: documentedEdit('ppc-schema-keyword-supported', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'dueDate', 'uniqueItems'],
          line: { containing: '"uniqueItems": true' },
          message: '"uniqueItems" is not a supported schema keyword',
        },
      ],
    },
    {
      name: 'The `x-nullable` extension instead.',
      edit: documentedEdit('ppc-schema-keyword-supported', 'valid'),
      expect: [],
    },
    {
      name: '`uniqueItems` on an array.',
      edit: documentedEdit('ppc-schema-keyword-supported', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
