import { isObject, jsonValue, quote } from '../../utils/guards';
import { oauthSettingsOf } from './oauth';
import {
  CONNECTION_PARAMETERS,
  definePropertiesRule,
  lastKey,
  oauthToken,
  type PropertiesCheck,
  propsExample,
} from './shared';

const check: PropertiesCheck = (input, path) => {
  const properties = oauthSettingsOf(input)?.properties;
  if (!isObject(properties) || !Object.hasOwn(properties, 'IsFirstParty')) return [];
  const flag = properties.IsFirstParty;
  if (flag === 'True' || flag === 'False') return [];
  return [
    {
      message: `OAuth connection parameter ${quote(lastKey(path))} has IsFirstParty ${jsonValue(flag)}; write the string "True" or "False"`,
      at: ['oAuthSettings', 'properties', 'IsFirstParty'],
    },
  ];
};

export default definePropertiesRule('ppc-oauth-first-party-flag', {
  description: '`oAuthSettings.properties.IsFirstParty` is the string "True" or "False".',
  severity: 'error',
  given: CONNECTION_PARAMETERS,
  check,
  'x-ppc': {
    requirements: ['oauth-first-party-flag'],
    section: '8.2',
    sources: ['R-SCH-PROP'],
    specLevel: 'E',
    examples: {
      invalid: [propsExample('A boolean flag.', [oauthToken({ properties: { IsFirstParty: false } })])],
      valid: [propsExample('The string "False".', [oauthToken({ properties: { IsFirstParty: 'False' } })])],
    },
  },
});
