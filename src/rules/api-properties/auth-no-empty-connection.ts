import { isObject } from '../../utils/guards';
import { definePropertiesRule, type PropertiesCheck, propsExample } from './shared';

const check: PropertiesCheck = (input) => {
  if (!isObject(input) || isObject(input.connectionParameterSets)) return [];
  const params = input.connectionParameters;
  if (params !== undefined && !(isObject(params) && Object.keys(params).length === 0)) return [];
  return [
    {
      message:
        'apiProperties.json has no connection parameters (no authentication); if the service really needs none, say why in the readme, and consider one hidden parameter so exported solutions carry a connection-parameters file (reviewers question connectors without authentication)',
      at: params === undefined ? [] : ['connectionParameters'],
    },
  ];
};

export default definePropertiesRule('ppc-auth-no-empty-connection', {
  description:
    'The connector defines connection parameters (authentication); an empty `connectionParameters` needs a justification.',
  severity: 'warn',
  given: '$.properties',
  check,
  'x-ppc': {
    requirements: ['auth-no-empty-connection'],
    section: '8.1',
    sources: ['PR#698', 'PR#4290'],
    specLevel: 'W',
    examples: {
      invalid: [
        propsExample('No connection parameters.', [{ op: 'set', path: '/properties/connectionParameters', value: {} }]),
      ],
      valid: [propsExample('An API key parameter.', [])],
    },
  },
});
