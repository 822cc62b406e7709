import { isPlaceholder, isSecretName, looksLikeToken } from '../../../src/rules/files/secrets';
import { lintFolderRule, validSwagger } from '../../helpers/lint';

const SECRET = 'q8N~fK2pZr7LwX1vTb9cYh3Ds5Gm0Ja4Ue6Qo';
const TOKEN = '9fK2pZr7LwX1vTb9cYh3Ds5Gm0Ja4Ue6';

function properties(oAuthSettings: Record<string, unknown>, extra: Record<string, unknown> = {}): { json: unknown } {
  return {
    json: {
      properties: {
        connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', scopes: [], redirectMode: 'GlobalPerConnector', ...oAuthSettings } } },
        iconBrandColor: '#0f6cbd',
        capabilities: [],
        publisher: 'Contoso Ltd',
        stackOwner: 'Contoso Ltd',
        ...extra,
      },
    },
  };
}

describe('secret rules', () => {
  it('are silent on the valid fixture', async () => {
    expect(await lintFolderRule('ppc-no-secrets', {})).toEqual([]);
    expect(await lintFolderRule('ppc-no-secrets-client-id', {})).toEqual([]);
  });

  it('the heuristics tell placeholders from credentials', () => {
    for (const v of ['[[DummyValue]]', '<client-secret>', '{{secret}}', 'Value-From-Your-App-Registration', 'test', 'PLACEHOLDER_CLIENTID', 'Please enter your client id', 'xxxxxxxxxxxxxxxxxxxxxxxx', '****CLIENT_ID****', '']) {
      expect({ v, placeholder: isPlaceholder(v) }).toEqual({ v, placeholder: true });
    }
    for (const v of [SECRET, TOKEN, 'ZeBVvhUSY/fpGA2uJTOKvIRTYkNXNQEl2TaHJO9Wq39wQB8ZXdYPWA==']) expect({ v, token: looksLikeToken(v) }).toEqual({ v, token: true });
    for (const v of ['68036c7f-db6c-4dd0-bc1d-cb7337b2259f', 'https://api.contoso.com/v1/items', 'COUNTRY_CODE_EXAMPLE', '/constituent/v1/relationships', 'aaaaaaaaaaaaaaaaaaaaaaaa1']) {
      expect({ v, token: looksLikeToken(v) }).toEqual({ v, token: false });
    }
    expect(['api_key', 'X-API-Key', 'clientSecret', 'code', 'sig', 'accessToken'].every(isSecretName)).toBe(true);
    expect(['countryCode', 'pageToken', 'nextToken', 'tokenType', 'clientId', 'title'].some(isSecretName)).toBe(false);
  });

  it('ppc-no-secrets reports credentials in defaults, test values and header policies', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters.push({ name: 'code', in: 'query', type: 'string', default: 'ZeBVvhUSY/fpGA2uJTOKvIRTYkNXNQEl2TaHJO9Wq39wQB8ZXdYPWA==', 'x-ms-visibility': 'internal', required: true });
    doc.definitions.NewTask.properties.apiKey = { type: 'string', example: TOKEN };
    doc.definitions.NewTask.properties.password = { type: 'string', 'x-ms-test-value': TOKEN }; // ppc-test-value-no-secrets' job
    const policy = {
      templateId: 'setheader',
      title: 'Key',
      parameters: { 'x-ms-apimTemplateParameter.name': 'X-Api-Key', 'x-ms-apimTemplateParameter.value': TOKEN, 'x-ms-apimTemplateParameter.existsAction': 'override' },
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
    expect(param.message).toMatch(/^apiDefinition\.swagger\.json gives "code" the default "ZeBV…" \(56 characters\), which looks like a real credential/);
  });

  it('secret rules survive odd and unparseable files', async () => {
    for (const content of ['', '{', '[null, 1, "x"]', '{"properties": {"connectionParameters": {"token": {"oAuthSettings": {"clientSecret": 5, "clientId": null}}}}}']) {
      await expect(lintFolderRule('ppc-no-secrets', { 'apiProperties.json': content, 'apiDefinition.swagger.json': content })).resolves.toBeDefined();
      await expect(lintFolderRule('ppc-no-secrets-client-id', { 'apiProperties.json': content })).resolves.toBeDefined();
    }
  });
});
