import { isObject, jsonValue, quote } from '../../utils/guards';
import { IDENTITY_PROVIDERS } from './oauth';
import {
  CONNECTION_PARAMETERS,
  definePropertiesRule,
  lastKey,
  oauthToken,
  type PropertiesCheck,
  propsExample,
} from './shared';

const check: PropertiesCheck = (input, path) => {
  if (!isObject(input) || input.type !== 'oauthSetting') return [];
  const name = quote(lastKey(path));
  const settings = input.oAuthSettings;
  if (!isObject(settings))
    return [
      {
        message: `OAuth connection parameter ${name} has no oAuthSettings object; add one with identityProvider, clientId, scopes and redirectMode`,
      },
    ];
  const provider = settings.identityProvider;
  if (typeof provider === 'string' && provider.trim() !== '') return [];
  const what = provider === undefined ? 'has no identityProvider' : `has the identityProvider ${jsonValue(provider)}`;
  return [
    {
      message: `OAuth connection parameter ${name} ${what}; set oAuthSettings.identityProvider (${IDENTITY_PROVIDERS.join(', ')})`,
      at: provider === undefined ? ['oAuthSettings'] : ['oAuthSettings', 'identityProvider'],
    },
  ];
};

export default definePropertiesRule('ppc-oauth-identity-provider', {
  description: 'An `oauthSetting` connection parameter has `oAuthSettings` with an `identityProvider`.',
  severity: 'error',
  given: CONNECTION_PARAMETERS,
  check,
  'x-ppc': {
    requirements: ['oauth-identity-provider'],
    section: '8.2',
    sources: ['R-SCH-PROP', 'L-CP', 'L-FAQ'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [propsExample('No identity provider.', [oauthToken({ identityProvider: undefined })])],
      valid: [propsExample('The generic OAuth 2.0 provider.', [oauthToken()])],
    },
  },
});
