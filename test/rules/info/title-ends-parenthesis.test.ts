import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('title rules', () => {
  it('ppc-title-ends-parenthesis warns on a final parenthesis only', async () => {
    const doc = validSwagger();
    doc.info.title = 'Asite (Hong Kong)';
    const results = await lintRule('ppc-title-ends-parenthesis', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-title-ends-parenthesis',
      severity: SEVERITY.warn,
      path: ['info', 'title'],
    });
    expect(results[0].message).toContain(
      'Title "Asite (Hong Kong)" ends with ")"; prefer a title that ends with a letter or digit',
    );
    doc.info.title = 'Contoso Tasks.';
    expect(await lintRule('ppc-title-ends-parenthesis', doc)).toEqual([]);
  });
});

describe('ppc-title-ends-parenthesis scenarios', () => {
  ruleScenarios('ppc-title-ends-parenthesis', [
    {
      name: 'A region suffix in parentheses.',
      edit: documentedEdit('ppc-title-ends-parenthesis', 'invalid'),
      expect: [
        {
          path: ['info', 'title'],
          line: { containing: '"title": "Contoso Tasks (EU)",' },
          message: 'Title "Contoso Tasks (EU)" ends with ")"',
        },
      ],
    },
    {
      name: 'The region as a plain word.',
      edit: documentedEdit('ppc-title-ends-parenthesis', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-title-ends-parenthesis, further cases', () => {
  it('all title rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-title-ends-parenthesis';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
