import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('host, basePath and schemes rules', () => {
  it('ppc-schemes-allowed rejects WebSocket and unknown schemes at the root and on operations', async () => {
    const doc = validSwagger();
    doc.schemes = ['https', 'wss'];
    doc.paths['/tasks'].get.schemes = ['HTTPS'];
    const results = await lintRule('ppc-schemes-allowed', doc);
    expect(results).toHaveLength(2);
    const [root, op] = results.sort((a, b) => a.path.length - b.path.length);
    expect(root).toMatchObject({ severity: SEVERITY.error, path: ['schemes', '1'] });
    expect(root.message).toBe(
      'Scheme "wss" is a WebSocket scheme, which connectors do not support; use "https" (Microsoft accepts only http and https).',
    );
    expect(op).toMatchObject({ path: ['paths', '/tasks', 'get', 'schemes', '0'] });
    expect(op.message).toContain('"HTTPS" must be lower case');
    doc.schemes = [null];
    delete doc.paths['/tasks'].get.schemes;
    expect((await lintRule('ppc-schemes-allowed', doc))[0].message).toContain('Scheme null is not a string');
  });
});

describe('ppc-schemes-allowed scenarios', () => {
  ruleScenarios('ppc-schemes-allowed', [
    {
      name: 'A WebSocket scheme.',
      edit: documentedEdit('ppc-schemes-allowed', 'invalid'),
      expect: [
        {
          path: ['schemes', '0'],
          line: { containing: '"wss"' },
          message: 'Scheme "wss" is a WebSocket scheme, which connectors do not support',
        },
      ],
    },
    { name: 'HTTPS only.', edit: documentedEdit('ppc-schemes-allowed', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
