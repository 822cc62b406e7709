import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('schema rules', () => {
  it('ppc-schema-no-required-loop reports each required cycle once', async () => {
    const doc = validSwagger();
    doc.definitions.A = { type: 'object', required: ['b'], properties: { b: { $ref: '#/definitions/B' } } };
    doc.definitions.B = {
      type: 'object',
      required: ['wrap'],
      properties: { wrap: { type: 'object', required: ['a'], properties: { a: { $ref: '#/definitions/A' } } } },
    };
    doc.definitions.C = { allOf: [{ $ref: '#/definitions/C' }] };
    const results = await lintRule('ppc-schema-no-required-loop', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'Required properties form a loop: "A" → "B" → "A"',
      'Required properties form a loop: "C" → "C"',
    ]);
    expect(results[0].path.join('/')).toBe('definitions/B/properties/wrap/required/0');
    expect(results[0].severity).toBe(SEVERITY.error);
    doc.definitions.B.properties.wrap.required = [];
    delete doc.definitions.C;
    expect(await lintRule('ppc-schema-no-required-loop', doc)).toEqual([]);
  });
});

describe('ppc-schema-no-required-loop scenarios', () => {
  ruleScenarios('ppc-schema-no-required-loop', [
    {
      name: 'A task that requires a parent task.',
      edit: documentedEdit('ppc-schema-no-required-loop', 'invalid'),
      expect: [
        {
          path: ['definitions', 'Task', 'required', '0'],
          line: 183,
          message: 'Required properties form a loop: "Task" → "Task"',
        },
      ],
    },
    {
      name: 'An optional parent task (recursion without a required loop).',
      edit: documentedEdit('ppc-schema-no-required-loop', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
