import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

/** A second visible query parameter on GET /tasks. */
function withQueryParam(extra: Record<string, unknown>): Record<string, any> {
  const doc = validSwagger();
  doc.paths['/tasks'].get.parameters.push({ name: 'top', in: 'query', type: 'integer', 'x-ms-summary': 'Top', description: 'How many tasks to return.', ...extra });
  return doc;
}

describe('parameter string rules', () => {
  it('ppc-param-summary-chars names the first character outside letters, digits, spaces and parentheses', async () => {
    const [finding] = await lintRule('ppc-param-summary-chars', withQueryParam({ 'x-ms-summary': 'Top-N Tasks' }));
    expect(finding).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks', 'get', 'parameters', '1', 'x-ms-summary'] });
    expect(finding!.message).toContain('"Top-N Tasks" with "-"');
    expect(await lintRule('ppc-param-summary-chars', withQueryParam({ 'x-ms-summary': 'Größe (Anzahl)' }))).toEqual([]);
  });
});
