import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('ppc-param-type-allowed', () => {
  ruleScenarios('ppc-param-type-allowed', [
    {
      name: 'An object query parameter.',
      edit: documentedEdit('ppc-param-type-allowed', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'type'],
          line: { containing: '"type": "object",' },
          message: 'Parameter "status" (in query) has type "object"',
        },
      ],
    },
    { name: 'A string query parameter.', edit: documentedEdit('ppc-param-type-allowed', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-param-type-allowed, further cases', () => {
  const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];
  it('ppc-param-type-allowed and ppc-file-only-formdata', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].type = 'object';
    const [typed] = await lintRule('ppc-param-type-allowed', doc);
    expect(typed).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'type'] });
    expect(typed.message).toContain('Parameter "status" (in query) has type "object"');
    doc.paths['/tasks'].get.parameters[0].type = 'file';
    expect(await lintRule('ppc-param-type-allowed', doc)).toEqual([]);
  });
});
