import { SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { summaryFindings } from '../../helpers/operations';

describe('summary rules', () => {
  it('ppc-summary-english flags non-Latin scripts and clearly foreign phrases only', async () => {
    const russian = await summaryFindings('ppc-summary-english', 'Получить задачу');
    expect(russian).toHaveLength(1);
    expect(russian[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(russian[0].message).toContain('has letters outside the Latin alphabet ("Получить")');
    const spanish = await summaryFindings('ppc-summary-english', 'Obtener los datos del cliente');
    expect(spanish[0].message).toContain('reads like another language ("los", "del")');
    for (const ok of [
      'Get La Liga standings',
      'List café orders',
      'Get data for Société Générale',
      'Convert PDF to Word',
    ]) {
      expect(await summaryFindings('ppc-summary-english', ok)).toEqual([]);
    }
    expect(await summaryFindings('ppc-summary-english', 'Получить задачу', true)).toEqual([]);
  });
});

describe('ppc-summary-english scenarios', () => {
  ruleScenarios('ppc-summary-english', [
    {
      name: 'A French summary.',
      edit: documentedEdit('ppc-summary-english', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'summary'],
          line: { containing: '"summary": "Créer une tâche",' },
          message: 'Summary "Créer une tâche" reads like another language ("une", "éâ")',
        },
      ],
    },
    {
      name: 'A Japanese summary.',
      edit: documentedEdit('ppc-summary-english', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'summary'],
          line: { containing: '"summary": "タスクを一覧表示",' },
          message: 'Summary "タスクを一覧表示" has letters outside the Latin alphabet ("タスクを一覧表示")',
        },
      ],
    },
    {
      name: 'An English summary with a borrowed word.',
      edit: documentedEdit('ppc-summary-english', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
