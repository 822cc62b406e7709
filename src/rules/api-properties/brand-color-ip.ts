import { jsonValue } from '../../utils/guards';
import { IP_BRAND_COLOR } from './brand-color';
import { definePropertiesRule, type PropertiesCheck, propsExample } from './shared';

const check: PropertiesCheck = (input) => {
  if (typeof input === 'string' && input.trim().toLowerCase() === IP_BRAND_COLOR) return [];
  return [
    {
      message: `iconBrandColor is ${jsonValue(input)}; independent-publisher connectors use exactly "${IP_BRAND_COLOR}"`,
    },
  ];
};

export default definePropertiesRule('ppc-brand-color-ip', {
  description: "An independent-publisher connector's `iconBrandColor` is exactly `#da3b01`.",
  severity: 'error',
  given: '$.properties.iconBrandColor',
  check,
  'x-ppc': {
    requirements: ['brand-color-ip'],
    section: '10',
    sources: ['R-README', 'L-CS step 4', 'R-TPL-IP', 'PR#1260', 'PR#1305', 'PR#1234', 'PR#1558'],
    specLevel: 'E',
    profiles: { certified: false },
    examples: {
      invalid: [
        propsExample('A brand colour in an independent-publisher connector.', [
          { op: 'set', path: '/properties/iconBrandColor', value: '#0f6cbd' },
        ]),
      ],
      valid: [
        propsExample('The independent-publisher colour.', [
          { op: 'set', path: '/properties/iconBrandColor', value: '#DA3B01' },
        ]),
      ],
    },
  },
});
