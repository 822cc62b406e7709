import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('host, basePath and schemes rules', () => {
  it('ppc-host-valid names the scheme, path or placeholder', async () => {
    const doc = validSwagger();
    doc.host = 'https://api.contoso.com';
    const [finding] = await lintRule('ppc-host-valid', doc);
    expect(finding).toMatchObject({ code: 'ppc-host-valid', severity: SEVERITY.error, path: ['host'] });
    expect(lineOf(finding)).toBe(lineContaining(text(doc), '"host"'));
    expect(finding.message).toBe(
      'host "https://api.contoso.com" has a scheme ("https://"); give only the host name and optional port, e.g. "api.contoso.com" (Microsoft rejects hosts with a scheme or path).',
    );
    doc.host = 'api.contoso.com/v1';
    expect((await lintRule('ppc-host-valid', doc))[0].message).toContain('has a path (move it to basePath)');
    doc.host = '{{replace_with_your_domain}}';
    const placeholder = (await lintRule('ppc-host-valid', doc))[0].message;
    expect(placeholder).toContain('replace_with_your_domain');
    expect(placeholder).toContain('contains a template placeholder');
    doc.host = 42;
    expect((await lintRule('ppc-host-valid', doc))[0].message).toContain('host 42 is not a string');
    for (const ok of ['api.contoso.com', 'api.contoso.com:8443', '10.0.0.1']) {
      doc.host = ok;
      expect(await lintRule('ppc-host-valid', doc)).toEqual([]);
    }
  });
});

describe('ppc-host-valid scenarios', () => {
  ruleScenarios('ppc-host-valid', [
    {
      name: 'A host with a scheme.',
      edit: documentedEdit('ppc-host-valid', 'invalid'),
      expect: [
        {
          path: ['host'],
          line: { containing: '"host": "https://api.contoso.com",' },
          message: 'host "https://api.contoso.com" has a scheme ("https://")',
        },
      ],
    },
    {
      name: 'A host with a path.',
      edit: documentedEdit('ppc-host-valid', 'invalid', 1),
      expect: [
        {
          path: ['host'],
          line: { containing: '"host": "api.contoso.com/v1",' },
          message: 'host "api.contoso.com/v1" has a path (move it to basePath)',
        },
      ],
    },
    {
      name: 'A host name with a port.',
      edit: documentedEdit('ppc-host-valid', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
