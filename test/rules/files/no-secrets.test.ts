import { lintFolderRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';
import { SECRET, TOKEN, properties } from '../../helpers/secrets';

describe('secret rules', () => {
  it('ppc-no-secrets reports a client secret in apiProperties.json without repeating it', async () => {
    const results = await lintFolderRule('ppc-no-secrets', {
      'apiProperties.json': properties({ clientId: '[[DummyValue]]', clientSecret: SECRET }),
    });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-no-secrets',
      severity: SEVERITY.error,
      path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'clientSecret'],
    });
    expect(results[0].source).toMatch(/apiProperties\.json$/);
    expect(results[0].range.start.line).toBe(10);
    expect(results[0].message).toBe(
      `apiProperties.json sets properties.connectionParameters.token.oAuthSettings.clientSecret to "q8N~…" (${SECRET.length} characters); remove the client secret (reviewers reject real credentials; Microsoft stores the OAuth app's secret when the connector is deployed).`,
    );
    expect(results[0].message).not.toContain(SECRET);
    expect(
      await lintFolderRule('ppc-no-secrets', { 'apiProperties.json': properties({ clientSecret: '[[DUMMY]]' }) }),
    ).toEqual([]);
  });

  it('ppc-no-secrets finds known token formats in the readme and script, and hard-coded keys in code', async () => {
    const results = await lintFolderRule('ppc-no-secrets', {
      'readme.md': `# Contoso Tasks\n\nSend \`Authorization: Bearer ${TOKEN}\`.\nOr use ghp_${'a1B2c3D4e5'.repeat(4)}.\n`,
      'script.csx': `public class Script : ScriptBase {\n    private const string ApiKey = "${TOKEN}";\n    private const string Name = "${TOKEN}";\n}\n`,
    });
    const readme = results.filter((r) => r.source?.endsWith('readme.md'));
    expect(readme.map((r) => r.message)).toEqual([
      expect.stringContaining('readme.md contains what looks like a GitHub token'),
      expect.stringContaining('readme.md contains what looks like a bearer token ("9fK2…" (32 characters))'),
    ]);
    const bearer = readme[1];
    expect(bearer.range).toEqual({ start: { line: 2, character: 28 }, end: { line: 2, character: 60 } });
    const script = results.filter((r) => r.source?.endsWith('script.csx'));
    expect(script).toHaveLength(1);
    expect(script[0].range.start).toEqual({ line: 1, character: 35 });
    expect(script[0].message).toContain('script.csx hard-codes "9fK2…" (32 characters)');
  });

  it('ppc-no-secrets finds known token formats in JSON string values, except x-ms-test-value', async () => {
    const doc = validSwagger();
    doc.info.description = `Contoso Tasks keeps track of work. Sample key: AKIA${'ABCDEFGHIJ234567'}.`;
    doc.paths['/tasks'].get.parameters[0]['x-ms-test-value'] = `ghp_${'a1B2c3D4e5'.repeat(4)}`;
    const results = await lintFolderRule('ppc-no-secrets', { 'apiDefinition.swagger.json': { json: doc } });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ path: ['info', 'description'] });
    expect(results[0].range.start.line).toBe(4);
    expect(results[0].message).toBe(
      'apiDefinition.swagger.json contains what looks like an AWS access key ID ("AKIA…" (20 characters)); remove it and revoke it if it is real (certification files are public; give credentials only in the certification portal).',
    );
  });

  it('ppc-no-secrets ignores placeholders, connection-parameter expressions and GUID examples', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters.push({
      name: 'api_key',
      in: 'query',
      type: 'string',
      default: "@connectionParameters('api_key')",
      'x-ms-visibility': 'internal',
      required: true,
    });
    doc.definitions.Task.properties.id['x-ms-test-value'] = '68036c7f-db6c-4dd0-bc1d-cb7337b2259f';
    doc.definitions.Task.properties.secret = { type: 'string', default: 'Impexium' };
    const results = await lintFolderRule('ppc-no-secrets', {
      'apiDefinition.swagger.json': { json: doc },
      'readme.md': '# Contoso Tasks\n\nUse `Authorization: Bearer <your token>`.\n',
      'apiProperties.json': properties({ clientId: '[[DummyValue]]', clientSecret: '<Enter your client secret>' }),
    });
    expect(results).toEqual([]);
  });
});

describe('ppc-no-secrets scenarios', () => {
  folderScenarios('ppc-no-secrets', [
    {
      name: 'A client secret in apiProperties.json.',
      files: documentedFiles('ppc-no-secrets', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'clientSecret'],
          line: 9,
          message:
            'apiProperties.json sets properties.connectionParameters.token.oAuthSettings.clientSecret to "q8N~…" (37 characters)',
        },
      ],
    },
    {
      name: 'An API key in the readme.',
      files: documentedFiles('ppc-no-secrets', 'invalid', 1),
      expect: [
        { path: [], line: 3, message: 'readme.md contains what looks like a bearer token ("9fK2…" (32 characters))' },
      ],
    },
    {
      name: 'A placeholder client ID and no client secret.',
      files: documentedFiles('ppc-no-secrets', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});

describe('ppc-no-secrets, further cases', () => {
  it('are silent on the valid fixture', async () => {
    expect(await lintFolderRule('ppc-no-secrets', {})).toEqual([]);
  });
});

describe('ppc-no-secrets, further cases', () => {
  it('ppc-no-secrets reports credentials in defaults, test values and header policies', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters.push({
      name: 'code',
      in: 'query',
      type: 'string',
      default: 'ZeBVvhUSY/fpGA2uJTOKvIRTYkNXNQEl2TaHJO9Wq39wQB8ZXdYPWA==',
      'x-ms-visibility': 'internal',
      required: true,
    });
    doc.definitions.NewTask.properties.apiKey = { type: 'string', example: TOKEN };
    doc.definitions.NewTask.properties.password = { type: 'string', 'x-ms-test-value': TOKEN };
    const policy = {
      templateId: 'setheader',
      title: 'Key',
      parameters: {
        'x-ms-apimTemplateParameter.name': 'X-Api-Key',
        'x-ms-apimTemplateParameter.value': TOKEN,
        'x-ms-apimTemplateParameter.existsAction': 'override',
      },
    };
    const results = await lintFolderRule('ppc-no-secrets', {
      'apiDefinition.swagger.json': { json: doc },
      'apiProperties.json': properties({ clientId: '[[DummyValue]]' }, { policyTemplateInstances: [policy] }),
    });
    expect(results.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        ['paths', '/tasks', 'get', 'parameters', 1, 'default'],
        ['definitions', 'NewTask', 'properties', 'apiKey', 'example'],
        ['properties', 'policyTemplateInstances', 0, 'parameters', 'x-ms-apimTemplateParameter.value'],
      ]),
    );
    expect(results).toHaveLength(3);
    const header = results.find((r) => r.message.includes('header'))!;
    expect(header.message).toContain('sets the "X-Api-Key" header to "9fK2…" (32 characters)');
    const param = results.find((r) => r.message.includes('"code"'))!;
    expect(param.message).toMatch(
      /^apiDefinition\.swagger\.json gives "code" the default "ZeBV…" \(56 characters\), which looks like a real credential/,
    );
  });

  // Each file is scanned once for token-shaped values before it is walked with paths: each case alone in its file.
  it('ppc-no-secrets finds a Bearer default, an x-example and a header value, each the only one in its file', async () => {
    const bearer = validSwagger();
    bearer.paths['/tasks'].get.parameters.push({
      name: 'Authorization',
      in: 'header',
      type: 'string',
      default: `Bearer ${TOKEN}`,
    });
    const example = validSwagger();
    example.definitions.NewTask.properties.accessToken = { type: 'string', 'x-example': TOKEN };
    const policy = {
      templateId: 'setheader',
      title: 'Key',
      parameters: { 'x-ms-apimTemplateParameter.name': 'X-Api-Key', 'x-ms-apimTemplateParameter.value': TOKEN },
    };
    const paths = async (files: Parameters<typeof lintFolderRule>[1]) =>
      (await lintFolderRule('ppc-no-secrets', files)).map((r) => r.path);
    expect(await paths({ 'apiDefinition.swagger.json': { json: bearer } })).toEqual([
      ['paths', '/tasks', 'get', 'parameters', 1, 'default'],
    ]);
    expect(await paths({ 'apiDefinition.swagger.json': { json: example } })).toEqual([
      ['definitions', 'NewTask', 'properties', 'accessToken', 'x-example'],
    ]);
    expect(
      await paths({
        'apiProperties.json': properties({ clientId: '[[DummyValue]]' }, { policyTemplateInstances: [policy] }),
      }),
    ).toEqual([['properties', 'policyTemplateInstances', 0, 'parameters', 'x-ms-apimTemplateParameter.value']]);
  });
});
