import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('title rules', () => {
  it('ppc-title-no-product-names names the product', async () => {
    const doc = validSwagger();
    doc.info.title = 'Contoso for PowerAutomate';
    const results = await lintRule('ppc-title-no-product-names', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-title-no-product-names', severity: SEVERITY.error, path: ['info', 'title'] });
    expect(results[0]!.message).toBe(
      'Title "Contoso for PowerAutomate" contains "PowerAutomate"; remove the product name (Microsoft rejects titles that name Power Platform products).',
    );
    expect(lineOf(results[0]!)).toBe(lineContaining(JSON.stringify(doc, null, 4), '"title"'));
    for (const title of ['Logic App Tools', 'Copilot Studio Kit', 'Microsoft Flow Helper', 'Power Platform Tasks']) {
      doc.info.title = title;
      expect({ title, fired: (await lintRule('ppc-title-no-product-names', doc)).length }).toEqual({ title, fired: 1 });
    }
    doc.info.title = 'PowerAppsKit Tasks';
    expect(await lintRule('ppc-title-no-product-names', doc)).toEqual([]);
  });
});
