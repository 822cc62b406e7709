import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('security rules', () => {
  it('ppc-security-req-defined finds undefined names at the root and on operations', async () => {
    const doc = validSwagger();
    doc.security = [{ apiKey: [] }];
    doc.paths['/tasks'].get.security = [{ oauth: [] }];
    const results = await lintRule('ppc-security-req-defined', doc);
    expect(results.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        ['security', '0', 'apiKey'],
        ['paths', '/tasks', 'get', 'security', '0', 'oauth'],
      ]),
    );
    expect(results[0].severity).toBe(SEVERITY.warn);
    expect(results.map((r) => r.message).join('\n')).toContain(
      'Security requirement "apiKey" is not defined in securityDefinitions (defined: "api_key")',
    );
    delete doc.securityDefinitions;
    expect((await messages('ppc-security-req-defined', doc)).join('\n')).toContain('(there are none)');
  });
});

describe('ppc-security-req-defined scenarios', () => {
  ruleScenarios('ppc-security-req-defined', [
    {
      name: 'A requirement that names no definition.',
      edit: documentedEdit('ppc-security-req-defined', 'invalid'),
      expect: [
        {
          path: ['security', '0', 'apiKey'],
          line: { containing: '"apiKey": []' },
          message: 'Security requirement "apiKey" is not defined in securityDefinitions (defined: "api_key")',
        },
      ],
    },
    {
      name: 'The requirement names the "api_key" definition.',
      edit: documentedEdit('ppc-security-req-defined', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
