import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

async function summaryFindings(id: string, summary: unknown, hidden = false) {
  const doc = validSwagger();
  doc.paths['/tasks'].get.summary = summary;
  if (hidden) doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
  return lintRule(id, doc);
}

describe('summary rules', () => {
  it('ppc-summary-max-length allows 80 characters and names the length above', async () => {
    expect(await summaryFindings('ppc-summary-max-length', 'x'.repeat(80))).toEqual([]);
    const results = await summaryFindings('ppc-summary-max-length', 'x'.repeat(81));
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'summary'] });
    expect(results[0]!.message).toContain('has 81 characters; shorten it to 80 characters or fewer');
    expect(await summaryFindings('ppc-summary-max-length', 'x'.repeat(81), true)).toEqual([]);
  });
});
