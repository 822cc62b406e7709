import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('description rules', () => {
  it('ppc-description-no-product-names names the product', async () => {
    const doc = validSwagger();
    doc.info.description = 'Contoso Tasks keeps track of work items for your PowerApps and flows.';
    const results = await lintRule('ppc-description-no-product-names', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['info', 'description'] });
    expect(results[0]!.message).toContain('contains "PowerApps"');
    doc.info.description = 'Contoso Tasks keeps track of work items; works with Power Platform and Copilot Studio.';
    expect((await lintRule('ppc-description-no-product-names', doc))[0]!.message).toContain('contains "Power Platform"');
    doc.info.description = 'Contoso Tasks keeps track of your team work, powered by automated apps.';
    expect(await lintRule('ppc-description-no-product-names', doc)).toEqual([]);
  });
});
