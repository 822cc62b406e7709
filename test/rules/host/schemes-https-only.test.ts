import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('host, basePath and schemes rules', () => {
  it('ppc-schemes-https-only warns when http is listed', async () => {
    const doc = validSwagger();
    doc.schemes = ['https', 'http'];
    const [finding, ...rest] = await lintRule('ppc-schemes-https-only', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-schemes-https-only', severity: SEVERITY.warn, path: ['schemes', '1'] });
    expect(finding!.message).toContain('schemes ["https","http"] includes "http"');
    doc.schemes = { http: true };
    expect(await lintRule('ppc-schemes-https-only', doc)).toEqual([]);
  });
});
