import { isObject, quote } from '../../utils/guards';
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
  return [
    {
      message: `Connection parameter ${quote(lastKey(path))} uses OAuth; independent-publisher connectors are reviewed for API key or basic authentication (reviewers in 2025 reject OAuth); use an API key if the service offers one, or explain in the readme how to create the OAuth app`,
      at: ['type'],
    },
  ];
};

export default definePropertiesRule('ppc-oauth-ip-disallowed', {
  description:
    'Independent-publisher connectors avoid OAuth (`oauthSetting` connection parameters): 2025 reviewers reject it.',
  severity: 'warn',
  given: CONNECTION_PARAMETERS,
  check,
  'x-ppc': {
    requirements: ['oauth-ip-disallowed'],
    section: '8.2',
    sources: ['PR#4058', 'SK', 'L-IP'],
    specLevel: 'W',
    profiles: { certified: false },
    examples: {
      invalid: [propsExample('OAuth in an independent-publisher connector.', [oauthToken()])],
      valid: [propsExample('An API key.', [])],
    },
  },
});
