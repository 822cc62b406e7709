import { isObject } from '../../utils/guards';
import { definePropertiesRule, type PropertiesCheck, propsExample } from './shared';

const check: PropertiesCheck = (input) => {
  if (!isObject(input) || !isObject(input.connectionParameterSets) || !isObject(input.connectionParameters)) return [];
  if (Object.keys(input.connectionParameters).length === 0) return [];
  return [
    {
      message:
        'apiProperties.json has both connectionParameters and connectionParameterSets; move the parameters into the sets and remove connectionParameters (a multi-auth connector uses the sets only)',
      at: ['connectionParameters'],
    },
  ];
};

export default definePropertiesRule('ppc-multi-auth-exclusive', {
  description:
    'A connector uses either `connectionParameters` or `connectionParameterSets` (multi-auth), not both with content.',
  severity: 'warn',
  given: '$.properties',
  check,
  'x-ppc': {
    requirements: ['multi-auth-exclusive'],
    section: '8.2',
    sources: ['L-MA', 'L-PCE 5000.1.1.5'],
    specLevel: 'W',
    examples: {
      invalid: [
        propsExample('Both.', [
          {
            op: 'set',
            path: '/properties/connectionParameterSets',
            value: { uiDefinition: { displayName: 'Authentication type', description: 'How to sign in' }, values: [] },
          },
        ]),
      ],
      valid: [
        propsExample('Sets only, with an empty connectionParameters.', [
          { op: 'set', path: '/properties/connectionParameters', value: {} },
          {
            op: 'set',
            path: '/properties/connectionParameterSets',
            value: { uiDefinition: { displayName: 'Authentication type', description: 'How to sign in' }, values: [] },
          },
        ]),
      ],
    },
  },
});
