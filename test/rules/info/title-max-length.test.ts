import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('title rules', () => {
  it('ppc-title-max-length names the title and its length', async () => {
    const doc = validSwagger();
    doc.info.title = 'Contoso Enterprise Task Management Suite';
    const results = await lintRule('ppc-title-max-length', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['info', 'title'] });
    expect(results[0].message).toBe(
      'Title "Contoso Enterprise Task Management Suite" has 40 characters; shorten it to 30 characters or fewer (Microsoft rejects longer titles).',
    );
    doc.info.title = 'x'.repeat(30);
    expect(await lintRule('ppc-title-max-length', doc)).toHaveLength(0);
  });
});

describe('ppc-title-max-length scenarios', () => {
  ruleScenarios('ppc-title-max-length', [
    {
      name: 'A 41-character title.',
      edit: documentedEdit('ppc-title-max-length', 'invalid'),
      expect: [
        {
          path: ['info', 'title'],
          line: { containing: '"title": "Contoso Enterprise Task Management Suite",' },
          message: 'Title "Contoso Enterprise Task Management Suite" has 40 characters',
        },
      ],
    },
    { name: 'A 13-character title.', edit: documentedEdit('ppc-title-max-length', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-title-max-length, further cases', () => {
  it('all title rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-title-max-length';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
