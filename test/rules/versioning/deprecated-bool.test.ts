import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('ppc-deprecated-bool', () => {
  ruleScenarios('ppc-deprecated-bool', [
    {
      name: 'The string "true".',
      edit: documentedEdit('ppc-deprecated-bool', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'deprecated'],
          line: { containing: '"deprecated": "true"' },
          message: 'deprecated is the string "true"',
        },
      ],
    },
    {
      name: 'The boolean true.',
      edit: documentedEdit('ppc-deprecated-bool', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-deprecated-bool, further cases', () => {
  it('ppc-deprecated-bool and ppc-deprecated-label', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.deprecated = 'true';
    const [b] = await lintRule('ppc-deprecated-bool', doc);
    expect(b).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'deprecated'] });
    expect(b.message).toContain('deprecated is the string "true"');
  });
});
