import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('title rules', () => {
  it('ppc-title-english flags other scripts and mostly accented names', async () => {
    const doc = validSwagger();
    doc.info.title = 'Contoso 東京';
    const results = await lintRule('ppc-title-english', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-title-english', severity: SEVERITY.error, path: ['info', 'title'] });
    expect(results[0].message).toBe(
      'Title "Contoso 東京" has letters outside the Latin alphabet ("東京"); write the title in English (Microsoft rejects titles that are not in English).',
    );
    doc.info.title = 'Ŵŷŝ Ćàfé';
    expect((await lintRule('ppc-title-english', doc))[0].message).toContain('is mostly accented letters');
    for (const title of ['OpenText™ Core Share', 'Brønnøysund Registers', 'Café Tasks', '365', 'Zoho CRM v2']) {
      doc.info.title = title;
      expect({ title, results: await lintRule('ppc-title-english', doc) }).toEqual({ title, results: [] });
    }
  });
});

describe('ppc-title-english scenarios', () => {
  ruleScenarios('ppc-title-english', [
    {
      name: 'A title in Cyrillic script.',
      edit: documentedEdit('ppc-title-english', 'invalid'),
      expect: [
        {
          path: ['info', 'title'],
          line: { containing: '"title": "Контосо Задачи",' },
          message: 'Title "Контосо Задачи" has letters outside the Latin alphabet ("КонтсЗад")',
        },
      ],
    },
    { name: 'An English title.', edit: documentedEdit('ppc-title-english', 'valid'), expect: [] },
    {
      name: 'A brand name with a few accented letters.',
      edit: documentedEdit('ppc-title-english', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-title-english, further cases', () => {
  it('all title rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-title-english';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});
