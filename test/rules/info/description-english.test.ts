import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('description rules', () => {
  it('ppc-description-english flags other scripts and other languages, not English with foreign names', async () => {
    const doc = validSwagger();
    doc.info.description = 'Ce connecteur vous permet de gérer les tâches et les projets dans votre compte Contoso.';
    const results = await lintRule('ppc-description-english', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-description-english',
      severity: SEVERITY.error,
      path: ['info', 'description'],
    });
    expect(results[0].message).toContain('reads like another language ("ce", "vous", "les", "et", "dans")');
    doc.info.description = 'Контосо Задачи помогает команде управлять рабочими задачами.';
    expect((await lintRule('ppc-description-english', doc))[0].message).toContain(
      'is mostly written outside the Latin alphabet',
    );
    for (const english of [
      'GMO Sign (電子印鑑GMOサイン) is the leading e-signature service in Japan. Send, sign and store contracts in the cloud.',
      'Brønnøysundregistrene is the Norwegian register of businesses. Look up companies, roles and annual accounts.',
      'Search La Poste and Le Monde archives, and the Deutsche Bahn timetable, from your flows and apps.',
      'Der die das.',
    ]) {
      doc.info.description = english;
      expect({ english, results: await lintRule('ppc-description-english', doc) }).toEqual({ english, results: [] });
    }
  });
});

describe('ppc-description-english scenarios', () => {
  ruleScenarios('ppc-description-english', [
    {
      name: 'A German description.',
      edit: documentedEdit('ppc-description-english', 'invalid'),
      expect: [
        {
          path: ['info', 'description'],
          line: {
            containing:
              '"description": "Mit Contoso Tasks können Sie die Aufgaben Ihres Teams erstellen und verwalten, auch unterwegs.",',
          },
          message:
            'Description "Mit Contoso Tasks können Sie die Aufgaben Ihres Teams erste…" reads like another language ("mit", "sie", "und", "auch")',
        },
      ],
    },
    {
      name: 'A description in Japanese.',
      edit: documentedEdit('ppc-description-english', 'invalid', 1),
      expect: [
        {
          path: ['info', 'description'],
          line: {
            containing:
              '"description": "Contoso Tasks はチームの作業項目を管理するサービスです。タスクを作成、一覧表示、更新できます。",',
          },
          message:
            'Description "Contoso Tasks はチームの作業項目を管理するサービスです。タスクを作成、一覧表示、更新できます。" is mostly written outside the Latin alphabet ("はチームの作業項")',
        },
      ],
    },
    {
      name: 'An English description.',
      edit: documentedEdit('ppc-description-english', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
