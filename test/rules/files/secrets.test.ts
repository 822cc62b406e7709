import { isPlaceholder, isSecretName, looksLikeToken } from '../../../src/rules/files/secrets';
import { lintFolderRule } from '../../helpers/lint';
import { SECRET, TOKEN } from '../../helpers/secrets';

describe('secret rules', () => {
  it('the heuristics tell placeholders from credentials', () => {
    for (const v of [
      '[[DummyValue]]',
      '<client-secret>',
      '{{secret}}',
      'Value-From-Your-App-Registration',
      'test',
      'PLACEHOLDER_CLIENTID',
      'Please enter your client id',
      'xxxxxxxxxxxxxxxxxxxxxxxx',
      '****CLIENT_ID****',
      '',
    ]) {
      expect({ v, placeholder: isPlaceholder(v) }).toEqual({ v, placeholder: true });
    }
    for (const v of [SECRET, TOKEN, 'ZeBVvhUSY/fpGA2uJTOKvIRTYkNXNQEl2TaHJO9Wq39wQB8ZXdYPWA=='])
      expect({ v, token: looksLikeToken(v) }).toEqual({ v, token: true });
    for (const v of [
      '68036c7f-db6c-4dd0-bc1d-cb7337b2259f',
      'https://api.contoso.com/v1/items',
      'COUNTRY_CODE_EXAMPLE',
      '/constituent/v1/relationships',
      'aaaaaaaaaaaaaaaaaaaaaaaa1',
    ]) {
      expect({ v, token: looksLikeToken(v) }).toEqual({ v, token: false });
    }
    expect(['api_key', 'X-API-Key', 'clientSecret', 'code', 'sig', 'accessToken'].every(isSecretName)).toBe(true);
    expect(['countryCode', 'pageToken', 'nextToken', 'tokenType', 'clientId', 'title'].some(isSecretName)).toBe(false);
  });

  it('secret rules survive odd and unparseable files', async () => {
    for (const content of [
      '',
      '{',
      '[null, 1, "x"]',
      '{"properties": {"connectionParameters": {"token": {"oAuthSettings": {"clientSecret": 5, "clientId": null}}}}}',
    ]) {
      await expect(
        lintFolderRule('ppc-no-secrets', { 'apiProperties.json': content, 'apiDefinition.swagger.json': content }),
      ).resolves.toBeDefined();
      await expect(
        lintFolderRule('ppc-no-secrets-client-id', { 'apiProperties.json': content }),
      ).resolves.toBeDefined();
    }
  });
});
