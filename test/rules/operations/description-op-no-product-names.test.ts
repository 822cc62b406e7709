import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

async function descriptionFindings(id: string, description: unknown, hidden = false) {
  const doc = validSwagger();
  doc.paths['/tasks'].get.description = description;
  if (hidden) doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
  return lintRule(id, doc);
}

describe('operation description rules', () => {
  it('ppc-description-op-no-product-names reports product names', async () => {
    const results = await descriptionFindings('ppc-description-op-no-product-names', 'Lists the tasks for your Logic Apps.');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'description'] });
    expect(results[0]!.message).toContain('contains "Logic Apps"');
    expect(await descriptionFindings('ppc-description-op-no-product-names', 'Lists the tasks for your Logic Apps.', true)).toEqual([]);
  });
});
