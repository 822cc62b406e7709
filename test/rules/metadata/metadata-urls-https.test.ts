import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
const META = 'x-ms-connector-metadata';

describe('connector metadata rules', () => {
  it('ppc-metadata-urls-https warns on http URLs', async () => {
    const doc = validSwagger();
    doc[META][0].propertyValue = 'http://www.contoso.com';
    const [finding, ...rest] = await lintRule('ppc-metadata-urls-https', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-metadata-urls-https', severity: SEVERITY.warn, path: [META, '0', 'propertyValue'] });
    expect(finding!.message).toContain('"Website" value "http://www.contoso.com" uses http');
    doc[META][0].propertyValue = 'www.contoso.com';
    expect(await lintRule('ppc-metadata-urls-https', doc)).toEqual([]);
  });
});
