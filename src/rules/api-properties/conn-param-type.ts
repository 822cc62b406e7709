import { isObject, jsonValue, quote } from '../../utils/guards';
import {
  CONNECTION_PARAMETER_TYPES,
  CONNECTION_PARAMETERS,
  definePropertiesRule,
  lastKey,
  type PropertiesCheck,
  propsExample,
  sameIgnoringCase,
} from './shared';

const check: PropertiesCheck = (input, path) => {
  if (!isObject(input))
    return [
      {
        message: `Connection parameter ${quote(lastKey(path))} is ${jsonValue(input)}, not an object; give it a "type"`,
      },
    ];
  const type = input.type;
  if (typeof type === 'string' && CONNECTION_PARAMETER_TYPES.includes(type)) return [];
  const near = typeof type === 'string' ? sameIgnoringCase(type, CONNECTION_PARAMETER_TYPES) : undefined;
  const fix = near
    ? `write ${quote(near)} (types are case-sensitive)`
    : `use one of ${CONNECTION_PARAMETER_TYPES.join(', ')}`;
  const what = type === undefined ? 'has no type' : `has the type ${jsonValue(type)}`;
  return [
    { message: `Connection parameter ${quote(lastKey(path))} ${what}; ${fix}`, at: type === undefined ? [] : ['type'] },
  ];
};

export default definePropertiesRule('ppc-conn-param-type', {
  description:
    'Each connection parameter has a `type` among `string`, `securestring`, `int`, `bool`, `oauthSetting` and `gatewaySetting` (case-sensitive).',
  severity: 'error',
  given: CONNECTION_PARAMETERS,
  check,
  'x-ppc': {
    requirements: ['conn-param-type'],
    section: '8.2',
    sources: ['R-SCH-PROP'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        propsExample('A misspelt type.', [
          { op: 'set', path: '/properties/connectionParameters/api_key/type', value: 'sekret' },
        ]),
        propsExample('oAuthSetting with a capital A.', [
          { op: 'set', path: '/properties/connectionParameters/api_key/type', value: 'oAuthSetting' },
        ]),
      ],
      valid: [
        propsExample('A string parameter.', [
          { op: 'set', path: '/properties/connectionParameters/region', value: { type: 'string' } },
        ]),
      ],
    },
  },
});
