import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const META = 'x-ms-connector-metadata';

describe('connector metadata rules', () => {
  it('ppc-metadata-urls reports values that are not absolute http(s) URLs', async () => {
    const doc = validSwagger();
    const cases: Array<[unknown, string]> = [
      ['www.contoso.com', 'is not an absolute URL (it lacks "https://")'],
      ['hhttps://www.contoso.com', 'has the scheme "hhttps" (use https)'],
      ['https://wwwcontosocom/privacy', 'has no valid host name'],
      ['https://www.contoso.com/privacy policy.pdf', 'contains whitespace'],
      ['', 'is empty'],
      [42, 'is not a string'],
      ['Not Available', 'is not an absolute URL'],
    ];
    for (const [value, problem] of cases) {
      doc[META][1].propertyValue = value;
      const results = await lintRule('ppc-metadata-urls', doc);
      expect({ value, count: results.length }).toEqual({ value, count: 1 });
      expect(results[0]).toMatchObject({
        code: 'ppc-metadata-urls',
        severity: SEVERITY.error,
        path: [META, '1', 'propertyValue'],
      });
      expect(results[0].message).toContain(problem);
    }
    doc[META][1].propertyValue = 'http://www.contoso.com/privacy';
    expect(await lintRule('ppc-metadata-urls', doc)).toEqual([]);
  });
});

describe('ppc-metadata-urls scenarios', () => {
  ruleScenarios('ppc-metadata-urls', [
    {
      name: 'A website without a scheme.',
      edit: documentedEdit('ppc-metadata-urls', 'invalid'),
      expect: [
        {
          path: ['x-ms-connector-metadata', '0', 'propertyValue'],
          line: { containing: '"propertyValue": "www.contoso.com"' },
          message: 'Metadata "Website" value "www.contoso.com" is not an absolute URL (it lacks "https://")',
        },
      ],
    },
    { name: 'An absolute HTTPS URL.', edit: documentedEdit('ppc-metadata-urls', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
