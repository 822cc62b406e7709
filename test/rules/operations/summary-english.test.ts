import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

async function summaryFindings(id: string, summary: unknown, hidden = false) {
  const doc = validSwagger();
  doc.paths['/tasks'].get.summary = summary;
  if (hidden) doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
  return lintRule(id, doc);
}

describe('summary rules', () => {
  it('ppc-summary-english flags non-Latin scripts and clearly foreign phrases only', async () => {
    const russian = await summaryFindings('ppc-summary-english', 'Получить задачу');
    expect(russian).toHaveLength(1);
    expect(russian[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(russian[0]!.message).toContain('has letters outside the Latin alphabet ("Получить")');
    const spanish = await summaryFindings('ppc-summary-english', 'Obtener los datos del cliente');
    expect(spanish[0]!.message).toContain('reads like another language ("los", "del")');
    for (const ok of ['Get La Liga standings', 'List café orders', 'Get data for Société Générale', 'Convert PDF to Word']) {
      expect(await summaryFindings('ppc-summary-english', ok)).toEqual([]);
    }
    expect(await summaryFindings('ppc-summary-english', 'Получить задачу', true)).toEqual([]);
  });
});
