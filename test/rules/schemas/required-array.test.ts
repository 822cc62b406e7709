import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('schema rules', () => {
  it('ppc-required-array reports empty, misplaced, boolean and dangling required lists', async () => {
    const doc = validSwagger();
    doc.definitions.NewTask.required = ['title', 'owner'];
    doc.definitions.Task.required = [];
    doc.definitions.Task.properties.title.required = true;
    doc.definitions.Task.properties.status.required = ['x'];
    doc.definitions.Child = { allOf: [{ $ref: '#/definitions/Task' }], required: ['id'] };
    const results = await lintRule('ppc-required-array', doc);
    expect(results.map((r) => [r.path.join('/'), r.message.split(' (Microsoft')[0]])).toEqual([
      ['definitions/NewTask/required/1', '`required` names "owner", which is not defined in `properties`'],
      [
        'definitions/Task/properties/title/required',
        '`required` is true: inside a schema, `required` lists property names on the parent object (e.g. "required": ["title"])',
      ],
      [
        'definitions/Task/properties/status/required',
        '`required` is on a schema of type "string"; only object schemas have required properties',
      ],
      ['definitions/Task/required', '`required` is an empty list; remove it or list the required property names'],
    ]);
    expect(results[0].severity).toBe(SEVERITY.error);
    expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"owner"'));
  });
});

describe('ppc-required-array scenarios', () => {
  ruleScenarios('ppc-required-array', [
    {
      name: 'A required name with no matching property.',
      edit: documentedEdit('ppc-required-array', 'invalid'),
      expect: [
        {
          path: ['definitions', 'NewTask', 'required', '1'],
          line: { containing: '"owner"' },
          message:
            '`required` names "owner", which is not defined in `properties` (Microsoft rejects empty, misplaced and dangling `required` lists).',
        },
      ],
    },
    {
      name: 'An empty `required` list.',
      edit: documentedEdit('ppc-required-array', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'NewTask', 'required'],
          line: { containing: '"required": [],' },
          message: '`required` is an empty list',
        },
      ],
    },
    {
      name: '`required: true` on a property.',
      edit: documentedEdit('ppc-required-array', 'invalid', 2),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'title', 'required'],
          line: 145,
          message:
            '`required` is true: inside a schema, `required` lists property names on the parent object (e.g. "required": ["title"]) (Microsoft rejects empty, misplaced and d',
        },
      ],
    },
    {
      name: 'A required name that is defined.',
      edit: documentedEdit('ppc-required-array', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-required-array, further cases', () => {
  it('ppc-required-array leaves a `required` next to $ref to ppc-schema-no-ref-siblings', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/NewTask', required: ['owner'] };
    expect(await lintRule('ppc-required-array', doc)).toEqual([]);
  });
});
