import { isObject, jsonValue } from '../../utils/guards';
import { definePropertiesRule, type PropertiesCheck, propsExample } from './shared';

const check: PropertiesCheck = (input) => {
  if (!isObject(input)) return [];
  if (!Object.hasOwn(input, 'stackOwner')) {
    return [
      {
        message:
          'apiProperties.json has no stackOwner; add "stackOwner" under "properties" (the company that owns the service behind the connector)',
      },
    ];
  }
  const value = input.stackOwner;
  if (typeof value !== 'string' || !/[\p{L}\p{N}]/u.test(value)) {
    return [
      {
        message: `stackOwner is ${jsonValue(value)}; give the company that owns the service behind the connector`,
        at: ['stackOwner'],
      },
    ];
  }
  return [];
};

export default definePropertiesRule('ppc-stack-owner-required', {
  description: '`properties.stackOwner` is present and names the company that owns the service.',
  severity: 'error',
  given: '$.properties',
  check,
  'x-ppc': {
    requirements: ['stack-owner-required'],
    section: '10',
    sources: ['L-CS 3a', 'R-TPL-C', 'R-TPL-IP', 'PR#1260', 'PR#1558'],
    specLevel: 'E',
    // 6.1% of certified connectors changed since 2023 were merged without it.
    profiles: { certified: 'warn' },
    examples: {
      invalid: [propsExample('No stackOwner.', [{ op: 'remove', path: '/properties/stackOwner' }])],
      valid: [
        propsExample('The service owner.', [
          { op: 'set', path: '/properties/stackOwner', value: 'Contoso Corporation' },
        ]),
      ],
    },
  },
});
