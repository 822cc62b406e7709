import { jsonValue, quote } from '../../utils/guards';
import { oauthSettingsOf } from './oauth';
import {
  CONNECTION_PARAMETERS,
  definePropertiesRule,
  lastKey,
  oauthToken,
  type PropertiesCheck,
  propsExample,
  sameIgnoringCase,
} from './shared';

const MODES = ['GlobalPerConnector', 'Global', 'Direct'];

const check: PropertiesCheck = (input, path) => {
  const settings = oauthSettingsOf(input);
  if (!settings || !Object.hasOwn(settings, 'redirectMode')) return [];
  const mode = settings.redirectMode;
  if (typeof mode === 'string' && MODES.includes(mode)) return [];
  const near = typeof mode === 'string' ? sameIgnoringCase(mode, MODES) : undefined;
  const fix = near ? `write ${quote(near)} (case-sensitive)` : 'use "GlobalPerConnector" (or "Global" / "Direct")';
  return [
    {
      message: `OAuth connection parameter ${quote(lastKey(path))} has the redirectMode ${jsonValue(mode)}; ${fix}`,
      at: ['oAuthSettings', 'redirectMode'],
    },
  ];
};

export default definePropertiesRule('ppc-oauth-redirect-mode', {
  description: 'OAuth `redirectMode` is `GlobalPerConnector` (preferred), `Global` or `Direct`, spelt exactly.',
  severity: 'error',
  given: CONNECTION_PARAMETERS,
  check,
  'x-ppc': {
    requirements: ['oauth-redirect-mode'],
    section: '8.2',
    sources: ['R-SCH-PROP', 'PR#3210'],
    specLevel: 'E',
    examples: {
      invalid: [propsExample('Lower-case direct.', [oauthToken({ redirectMode: 'direct' })])],
      valid: [propsExample('The per-connector redirect URI.', [oauthToken({ redirectMode: 'GlobalPerConnector' })])],
    },
  },
});
