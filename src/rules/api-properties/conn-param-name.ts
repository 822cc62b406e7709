import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { apiPropertiesFunction, CONNECTION_PARAMETER_MAPS, FORMATS, propsExample } from './shared';

const NAME = /^([0-9a-zA-Z_]+(:[0-9a-zA-Z_]+)?|token:TenantId)$/;

const check = apiPropertiesFunction('connParamName', (input) => {
  if (!isObject(input)) return [];
  return Object.keys(input)
    .filter((name) => !NAME.test(name))
    .map((name) => ({
      message: `Connection parameter name ${quote(name)} has characters other than letters, digits and "_"; rename it (for example ${quote(name.replace(/[^0-9a-zA-Z_:]/g, '_'))}) and update the @connectionParameters() references`,
      at: [name],
    }));
});

export default defineRule('ppc-conn-param-name', {
  description: 'Connection parameter names are letters, digits and `_` (or `name:subname`, or `token:TenantId`).',
  message: '{{error}}.',
  severity: 'error',
  formats: FORMATS,
  given: CONNECTION_PARAMETER_MAPS,
  then: { function: check },
  'x-ppc': {
    requirements: ['conn-param-name'],
    section: '8.2',
    sources: ['R-SCH-PROP'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [propsExample('A hyphen in the name.', [{ op: 'set', path: '/properties/connectionParameters/api-key', value: { type: 'securestring' } }])],
      valid: [propsExample('The tenant claim parameter.', [{ op: 'set', path: '/properties/connectionParameters/token:TenantId', value: { type: 'string' } }])],
    },
  },
});
