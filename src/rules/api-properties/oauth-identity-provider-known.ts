import { quote } from '../../utils/guards';
import { IDENTITY_PROVIDERS, OTHER_PROVIDERS, oauthSettingsOf } from './oauth';
import {
  CONNECTION_PARAMETERS,
  definePropertiesRule,
  lastKey,
  oauthToken,
  type PropertiesCheck,
  propsExample,
} from './shared';

const check: PropertiesCheck = (input, path) => {
  const provider = oauthSettingsOf(input)?.identityProvider;
  if (typeof provider !== 'string' || provider.trim() === '') return [];
  if (IDENTITY_PROVIDERS.includes(provider) || OTHER_PROVIDERS.includes(provider.toLowerCase())) return [];
  const near = IDENTITY_PROVIDERS.find((p) => p === provider.toLowerCase());
  const fix = near
    ? `write ${quote(near)} (providers are case-sensitive)`
    : `use one of ${IDENTITY_PROVIDERS.join(', ')} (oauth2generic covers other OAuth 2.0 services)`;
  return [
    {
      message: `OAuth connection parameter ${quote(lastKey(path))} uses the unknown identityProvider ${quote(provider)}; ${fix}`,
      at: ['oAuthSettings', 'identityProvider'],
    },
  ];
};

export default definePropertiesRule('ppc-oauth-identity-provider-known', {
  description:
    'The OAuth `identityProvider` is one the platform knows: `oauth2`, `oauth2generic`, `aad`, `aadcertificate`, `facebook` (or a named service provider such as GitHub or Google).',
  severity: 'warn',
  given: CONNECTION_PARAMETERS,
  check,
  'x-ppc': {
    requirements: ['oauth-identity-provider'],
    section: '8.2',
    sources: ['R-SCH-PROP', 'L-CP', 'L-FAQ'],
    specLevel: 'W',
    examples: {
      invalid: [propsExample('A misspelt provider.', [oauthToken({ identityProvider: 'OAuth2' })])],
      valid: [
        propsExample('Azure Active Directory.', [
          oauthToken({
            identityProvider: 'aad',
            customParameters: { resourceUri: { value: 'https://graph.microsoft.com' } },
          }),
        ]),
      ],
    },
  },
});
