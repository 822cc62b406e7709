import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter structure rules', () => {
  it('ppc-formdata-name-ascii names the first non-ASCII character', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].in = 'formData';
    doc.paths['/tasks'].get.parameters[0].name = 'größe';
    const [finding] = await lintRule('ppc-formdata-name-ascii', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'name'] });
    expect(finding.message).toContain('Form field name "größe" contains "ö"');
  });
});

describe('ppc-formdata-name-ascii scenarios', () => {
  ruleScenarios('ppc-formdata-name-ascii', [
    {
      name: 'An accented form field name.',
      edit: documentedEdit('ppc-formdata-name-ascii', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'name'],
          line: { containing: '"name": "état",' },
          message: 'Form field name "état" contains "é"',
        },
      ],
    },
    {
      name: 'An ASCII form field name.',
      edit: documentedEdit('ppc-formdata-name-ascii', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
