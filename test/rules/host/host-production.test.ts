import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('host, basePath and schemes rules', () => {
  it('ppc-host-production warns on development, tunnel, loopback and placeholder hosts only', async () => {
    const doc = validSwagger();
    const cases: Array<[string, string]> = [
      ['dev-api.contoso.com', 'contains "dev"'],
      ['api.staging.contoso.com', 'contains "staging"'],
      ['contoso.eu.ngrok.io', 'contains "ngrok"'],
      ['localhost:4433', 'contains "localhost"'],
      ['sm.uat.contoso.com', 'contains "uat"'],
      ['contoso-test01.azurewebsites.net', 'contains "test01"'],
      ['192.168.1.20', 'is a raw IP address'],
      ['example.com', 'is a placeholder domain'],
    ];
    for (const [host, reason] of cases) {
      doc.host = host;
      const results = await lintRule('ppc-host-production', doc);
      expect({ host, count: results.length }).toEqual({ host, count: 1 });
      expect(results[0]).toMatchObject({ severity: SEVERITY.warn, path: ['host'] });
      expect(results[0].message).toContain(`host "${host}" ${reason}`);
    }
    for (const host of [
      'api.contoso.com',
      'dev.to',
      'contoso.azurewebsites.net',
      'developer.contoso.com',
      'latest.contoso.com',
      'api.testrail.io',
    ]) {
      doc.host = host;
      expect({ host, results: await lintRule('ppc-host-production', doc) }).toEqual({ host, results: [] });
    }
    doc.host = null;
    expect(await lintRule('ppc-host-production', doc)).toEqual([]);
  });
});

describe('ppc-host-production scenarios', () => {
  ruleScenarios('ppc-host-production', [
    {
      name: 'A development host.',
      edit: documentedEdit('ppc-host-production', 'invalid'),
      expect: [
        {
          path: ['host'],
          line: { containing: '"host": "dev-api.contoso.com",' },
          message: 'host "dev-api.contoso.com" contains "dev", which looks like a non-production host',
        },
      ],
    },
    {
      name: 'A tunnel to a local machine.',
      edit: documentedEdit('ppc-host-production', 'invalid', 1),
      expect: [
        {
          path: ['host'],
          line: { containing: '"host": "contoso.eu.ngrok.io",' },
          message: 'host "contoso.eu.ngrok.io" contains "ngrok", which looks like a non-production host',
        },
      ],
    },
    { name: 'The production host.', edit: documentedEdit('ppc-host-production', 'valid'), expect: [] },
    {
      name: 'A registrable domain that happens to be a keyword.',
      edit: documentedEdit('ppc-host-production', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
