import { lintFolderRule, SEVERITY } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';
import { properties } from '../../helpers/secrets';

describe('secret rules', () => {
  it('ppc-no-secrets-client-id warns on real-looking client IDs only', async () => {
    const guid = '3f9c2b1e-7d4a-4e8b-9c1f-2a6b8d0e5f47';
    const [finding, ...rest] = await lintFolderRule('ppc-no-secrets-client-id', {
      'apiProperties.json': properties({ clientId: guid }),
    });
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      code: 'ppc-no-secrets-client-id',
      severity: SEVERITY.warn,
      path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'clientId'],
    });
    expect(finding.range.start.line).toBe(9);
    expect(finding.message).toContain(
      'sets properties.connectionParameters.token.oAuthSettings.clientId to "3f9c…" (36 characters), which looks like a real OAuth client ID; replace it with "[[DummyValue]]"',
    );
    for (const clientId of [
      '[[DummyValue]]',
      '00000000-0000-0000-0000-000000000000',
      'power-platform-integration',
      'PLACEHOLDER_CLIENTID',
      '7',
    ]) {
      expect({
        clientId,
        results: await lintFolderRule('ppc-no-secrets-client-id', { 'apiProperties.json': properties({ clientId }) }),
      }).toEqual({ clientId, results: [] });
    }
  });
});

describe('ppc-no-secrets-client-id scenarios', () => {
  folderScenarios('ppc-no-secrets-client-id', [
    {
      name: 'A real-looking application ID.',
      files: documentedFiles('ppc-no-secrets-client-id', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'clientId'],
          line: 8,
          message:
            'apiProperties.json sets properties.connectionParameters.token.oAuthSettings.clientId to "3f9c…" (36 characters), which looks like a real OAuth client ID',
        },
      ],
    },
    {
      name: 'The placeholder reviewers ask for.',
      files: documentedFiles('ppc-no-secrets-client-id', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-no-secrets-client-id, further cases', () => {
  it('are silent on the valid fixture', async () => {
    expect(await lintFolderRule('ppc-no-secrets-client-id', {})).toEqual([]);
  });
});
