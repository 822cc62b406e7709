import { isObject, jsonValue, quote } from '../../utils/guards';
import { oauthSettingsOf } from './oauth';
import {
  CONNECTION_PARAMETERS,
  definePropertiesRule,
  lastKey,
  oauthToken,
  type Problem,
  type PropertiesCheck,
  propsExample,
} from './shared';

/** Allowed `customParameters` per provider (compared without regard to case); `required` must be present. */
const BY_PROVIDER: Record<string, { allowed: string[] | null; required: string[] }> = {
  oauth2: { allowed: ['authorizationUrl', 'tokenUrl', 'refreshUrl'], required: [] },
  aad: { allowed: ['resourceUri', 'loginUri', 'tenantId', 'enableOnbehalfOfLogin'], required: ['resourceUri'] },
  aadcertificate: {
    allowed: ['resourceUri', 'loginUri', 'loginUriAAD', 'tenantId', 'enableOnbehalfOfLogin'],
    required: ['resourceUri'],
  },
  // oauth2generic takes the *Template keys and service-specific ones; only the value shape is checked.
  oauth2generic: { allowed: null, required: [] },
};

const check: PropertiesCheck = (input, path) => {
  const settings = oauthSettingsOf(input);
  const provider = settings?.identityProvider;
  if (!settings || typeof provider !== 'string' || !Object.hasOwn(BY_PROVIDER, provider)) return [];
  const rule = BY_PROVIDER[provider];
  const name = quote(lastKey(path));
  const params = settings.customParameters;
  const at = ['oAuthSettings', 'customParameters'];
  if (params === undefined) {
    return rule.required.length === 0
      ? []
      : [
          {
            message: `OAuth connection parameter ${name} (${provider}) has no customParameters; add ${rule.required.map((r) => `"${r}": { "value": "…" }`).join(', ')}`,
            at: ['oAuthSettings'],
          },
        ];
  }
  if (!isObject(params))
    return [
      {
        message: `OAuth connection parameter ${name} has customParameters ${jsonValue(params)}; make it an object of { "value": "…" } entries`,
        at,
      },
    ];
  const problems: Problem[] = [];
  const lower = Object.keys(params).map((k) => k.toLowerCase());
  for (const required of rule.required) {
    if (!lower.includes(required.toLowerCase()))
      problems.push({
        message: `OAuth connection parameter ${name} (${provider}) has no customParameters.${required}; add "${required}": { "value": "…" }`,
        at,
      });
  }
  for (const [key, value] of Object.entries(params)) {
    if (rule.allowed && !rule.allowed.some((a) => a.toLowerCase() === key.toLowerCase())) {
      problems.push({
        message: `OAuth connection parameter ${name} (${provider}) has the custom parameter ${quote(key)}, which ${provider} does not take; remove it (allowed: ${rule.allowed.join(', ')})`,
        at: [...at, key],
      });
    } else if (!isObject(value) || typeof value.value !== 'string') {
      problems.push({
        message: `OAuth custom parameter ${quote(key)} of ${name} is ${jsonValue(value)}; write { "value": "<string>" }`,
        at: [...at, key],
      });
    }
  }
  return problems;
};

export default definePropertiesRule('ppc-oauth-custom-params', {
  description:
    'OAuth `customParameters` fit the identity provider: `oauth2` takes only authorizationUrl, tokenUrl and refreshUrl; `aad` and `aadcertificate` need resourceUri; each value is `{ "value": "<string>" }`.',
  severity: 'error',
  given: CONNECTION_PARAMETERS,
  check,
  'x-ppc': {
    requirements: ['oauth-custom-params'],
    section: '8.2',
    sources: ['R-SCH-PROP'],
    specLevel: 'E',
    examples: {
      invalid: [
        propsExample('Azure AD without resourceUri.', [
          oauthToken({
            identityProvider: 'aad',
            customParameters: { loginUri: { value: 'https://login.microsoftonline.com' } },
          }),
        ]),
        propsExample('A bare string value.', [
          oauthToken({ customParameters: { authorizationUrl: 'https://login.contoso.com/oauth2/authorize' } }),
        ]),
      ],
      valid: [propsExample('oauth2 with its three URLs.', [oauthToken()])],
    },
  },
});
