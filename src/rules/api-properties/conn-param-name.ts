import { isObject, quote } from '../../utils/guards';
import { CONNECTION_PARAMETER_MAPS, definePropertiesRule, type PropertiesCheck, propsExample } from './shared';

const NAME = /^([0-9a-zA-Z_]+(:[0-9a-zA-Z_]+)?|token:TenantId)$/;

const check: PropertiesCheck = (input) => {
  if (!isObject(input)) return [];
  return Object.keys(input)
    .filter((name) => !NAME.test(name))
    .map((name) => ({
      message: `Connection parameter name ${quote(name)} has characters other than letters, digits and "_"; rename it (for example ${quote(name.replace(/[^0-9a-zA-Z_:]/g, '_'))}) and update the @connectionParameters() references`,
      at: [name],
    }));
};

export default definePropertiesRule('ppc-conn-param-name', {
  description: 'Connection parameter names are letters, digits and `_` (or `name:subname`, or `token:TenantId`).',
  severity: 'error',
  given: CONNECTION_PARAMETER_MAPS,
  check,
  'x-ppc': {
    requirements: ['conn-param-name'],
    section: '8.2',
    sources: ['R-SCH-PROP'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        propsExample('A hyphen in the name.', [
          { op: 'set', path: '/properties/connectionParameters/api-key', value: { type: 'securestring' } },
        ]),
      ],
      valid: [
        propsExample('The tenant claim parameter.', [
          { op: 'set', path: '/properties/connectionParameters/token:TenantId', value: { type: 'string' } },
        ]),
      ],
    },
  },
});
