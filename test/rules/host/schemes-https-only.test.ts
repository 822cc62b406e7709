import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('host, basePath and schemes rules', () => {
  it('ppc-schemes-https-only warns when http is listed', async () => {
    const doc = validSwagger();
    doc.schemes = ['https', 'http'];
    const [finding, ...rest] = await lintRule('ppc-schemes-https-only', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-schemes-https-only', severity: SEVERITY.warn, path: ['schemes', '1'] });
    expect(finding.message).toContain('schemes ["https","http"] includes "http"');
    doc.schemes = { http: true };
    expect(await lintRule('ppc-schemes-https-only', doc)).toEqual([]);
  });
});

describe('ppc-schemes-https-only scenarios', () => {
  ruleScenarios('ppc-schemes-https-only', [
    {
      name: 'HTTP beside HTTPS.',
      edit: documentedEdit('ppc-schemes-https-only', 'invalid'),
      expect: [
        { path: ['schemes', '1'], line: { containing: '"http"' }, message: 'schemes ["https","http"] includes "http"' },
      ],
    },
    { name: 'HTTPS only.', edit: documentedEdit('ppc-schemes-https-only', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
