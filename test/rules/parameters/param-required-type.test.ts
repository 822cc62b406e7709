import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter structure rules', () => {
  it('ppc-param-required-type wants a boolean', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].required = 'false';
    const results = await lintRule('ppc-param-required-type', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-param-required-type',
      severity: SEVERITY.error,
      path: [...QUERY, 'required'],
    });
    expect(results[0].message).toBe(
      'Parameter "status" has required: false; use true or false without quotes (the Swagger schema requires a boolean).',
    );
    expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"required": "false"'));
  });
});

describe('ppc-param-required-type scenarios', () => {
  ruleScenarios('ppc-param-required-type', [
    {
      name: 'A string "true".',
      edit: documentedEdit('ppc-param-required-type', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'required'],
          line: { containing: '"required": "true",' },
          message: 'Parameter "status" has required: true',
        },
      ],
    },
    {
      name: 'A boolean.',
      edit: documentedEdit('ppc-param-required-type', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
