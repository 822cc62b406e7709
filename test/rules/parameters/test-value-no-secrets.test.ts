import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter and schema value rules', () => {
  it('ppc-test-value-no-secrets flags token shapes and credential-like values of secret fields', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0]['x-ms-test-value'] = 'AKIAJ7Q3ZK5M2XW4RT6B';
    doc.paths['/tasks'].get.parameters.push({
      name: 'apiKey',
      in: 'query',
      type: 'string',
      'x-ms-test-value': 'f3a9c1e07b2d4a6e9c5b8d1f0a7e3c2b',
    });
    doc.paths['/tasks'].get.parameters.push({
      name: 'password',
      in: 'query',
      type: 'string',
      'x-ms-test-value': '[[DummyPassword123456]]',
    });
    doc.definitions.NewTask['x-ms-test-value'] = {
      title: 'Test',
      auth: { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop' },
    };
    const results = await lintRule('ppc-test-value-no-secrets', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'Parameter "status" has an x-ms-test-value that looks like an AWS access key',
      'Parameter "apiKey" has an x-ms-test-value that looks like a credential for "apiKey"',
      'Definition "NewTask" has an x-ms-test-value that looks like a JSON Web Token',
    ]);
    // AWS's documented example key is not a secret.
    doc.paths['/tasks'].get.parameters[0]['x-ms-test-value'] = 'AKIAIOSFODNN7EXAMPLE';
    const again = await lintRule('ppc-test-value-no-secrets', doc);
    expect(again.map((r) => r.message)).not.toContainEqual(expect.stringContaining('AWS access key'));
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'x-ms-test-value'] });
  });
});

describe('ppc-test-value-no-secrets scenarios', () => {
  ruleScenarios('ppc-test-value-no-secrets', [
    {
      name: 'A GitHub token as test value.',
      edit: documentedEdit('ppc-test-value-no-secrets', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-test-value'],
          line: { containing: '"x-ms-test-value": "ghp_0123456789abcdefghijABCDEFGHIJ012345"' },
          message: 'Parameter "status" has an x-ms-test-value that looks like a GitHub token',
        },
      ],
    },
    {
      name: 'A sample value.',
      edit: documentedEdit('ppc-test-value-no-secrets', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
