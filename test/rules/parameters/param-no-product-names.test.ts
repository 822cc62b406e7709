import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

/** A second visible query parameter on GET /tasks. */
function withQueryParam(extra: Record<string, unknown>): Record<string, any> {
  const doc = validSwagger();
  doc.paths['/tasks'].get.parameters.push({ name: 'top', in: 'query', type: 'integer', 'x-ms-summary': 'Top', description: 'How many tasks to return.', ...extra });
  return doc;
}

describe('parameter string rules', () => {
  it('ppc-param-no-product-names checks both strings of visible parameters', async () => {
    const doc = withQueryParam({ 'x-ms-summary': 'Power Apps Top', description: 'How many tasks to show in Power Automate.' });
    const results = await lintRule('ppc-param-no-product-names', doc);
    expect(results.map((r) => r.path.at(-1))).toEqual(['x-ms-summary', 'description']);
    expect(results[0]!.severity).toBe(SEVERITY.error);
    expect(results[1]!.message).toContain('naming "Power Automate"');
    doc.paths['/tasks'].get.parameters[1]['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-param-no-product-names', doc)).toEqual([]);
  });
});
