import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const META = 'x-ms-connector-metadata';

describe('connector metadata rules', () => {
  it('ppc-metadata-urls-https warns on http URLs', async () => {
    const doc = validSwagger();
    doc[META][0].propertyValue = 'http://www.contoso.com';
    const [finding, ...rest] = await lintRule('ppc-metadata-urls-https', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      code: 'ppc-metadata-urls-https',
      severity: SEVERITY.warn,
      path: [META, '0', 'propertyValue'],
    });
    expect(finding.message).toContain('"Website" value "http://www.contoso.com" uses http');
    doc[META][0].propertyValue = 'www.contoso.com';
    expect(await lintRule('ppc-metadata-urls-https', doc)).toEqual([]);
  });
});

describe('ppc-metadata-urls-https scenarios', () => {
  ruleScenarios('ppc-metadata-urls-https', [
    {
      name: 'A plain-http privacy policy.',
      edit: documentedEdit('ppc-metadata-urls-https', 'invalid'),
      expect: [
        {
          path: ['x-ms-connector-metadata', '1', 'propertyValue'],
          line: { containing: '"propertyValue": "http://www.contoso.com/privacy"' },
          message: 'Metadata "Privacy policy" value "http://www.contoso.com/privacy" uses http',
        },
      ],
    },
    { name: 'An https privacy policy.', edit: documentedEdit('ppc-metadata-urls-https', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
