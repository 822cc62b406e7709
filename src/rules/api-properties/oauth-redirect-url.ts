import { jsonValue, quote } from '../../utils/guards';
import { oauthSettingsOf } from './oauth';
import {
  CONNECTION_PARAMETERS,
  definePropertiesRule,
  lastKey,
  oauthToken,
  type PropertiesCheck,
  propsExample,
} from './shared';

const GLOBAL = 'https://global.consent.azure-apim.net/redirect';

const check: PropertiesCheck = (input, path) => {
  const settings = oauthSettingsOf(input);
  if (!settings || !Object.hasOwn(settings, 'redirectUrl')) return [];
  const name = quote(lastKey(path));
  const url = settings.redirectUrl;
  const at = ['oAuthSettings', 'redirectUrl'];
  if (typeof url !== 'string' || !/^https:\/\/[^\s/]+/.test(url))
    return [
      {
        message: `OAuth connection parameter ${name} has the redirectUrl ${jsonValue(url)}, not an https URL; write "${GLOBAL}" or remove it with redirectMode "GlobalPerConnector"`,
        at,
      },
    ];
  if (settings.redirectMode === 'GlobalPerConnector')
    return [
      {
        message: `OAuth connection parameter ${name} has redirectMode "GlobalPerConnector" and the redirectUrl ${quote(url)}; remove redirectUrl: the platform generates the connector's own redirect URL (register that URL in the OAuth app)`,
        at,
      },
    ];
  if ((settings.redirectMode === undefined || settings.redirectMode === 'Global') && url !== GLOBAL)
    return [
      {
        message: `OAuth connection parameter ${name} has the redirectUrl ${quote(url)}; with the global redirect it is "${GLOBAL}", the URL the OAuth app must allow`,
        at,
      },
    ];
  return [];
};

export default definePropertiesRule('ppc-oauth-redirect-url', {
  description: `OAuth \`redirectUrl\` is an https URL: \`${GLOBAL}\` with the \`Global\` redirect mode, and left out with \`GlobalPerConnector\` (the platform generates the per-connector URL).`,
  severity: 'warn',
  given: CONNECTION_PARAMETERS,
  check,
  'x-ppc': {
    requirements: ['oauth-redirect-url'],
    section: '8.2',
    sources: ['L-CS', 'L-MA', 'PR#3210'],
    specLevel: 'W',
    examples: {
      invalid: [
        propsExample('A per-connector mode with a fixed URL.', [
          oauthToken({ redirectMode: 'GlobalPerConnector', redirectUrl: GLOBAL }),
        ]),
        propsExample('The global mode with another URL.', [
          oauthToken({ redirectMode: 'Global', redirectUrl: 'https://contoso.com/callback' }),
        ]),
      ],
      valid: [
        propsExample('The global redirect.', [oauthToken({ redirectMode: 'Global', redirectUrl: GLOBAL })]),
        propsExample('Per connector, no URL.', [oauthToken({ redirectMode: 'GlobalPerConnector' })]),
      ],
    },
  },
});
