import { isObject } from '../../utils/guards';
import { definePropertiesRule, type PropertiesCheck, propsExample } from './shared';

const check: PropertiesCheck = (input) => {
  if (!isObject(input) || Object.hasOwn(input, 'iconBrandColor')) return [];
  return [
    {
      message:
        'apiProperties.json has no iconBrandColor; add "iconBrandColor": "#rrggbb" under "properties" (your icon\'s background colour; "#da3b01" for independent publishers)',
    },
  ];
};

export default definePropertiesRule('ppc-brand-color-required', {
  description: '`properties.iconBrandColor` is present in apiProperties.json.',
  severity: 'error',
  given: '$.properties',
  check,
  'x-ppc': {
    requirements: ['brand-color-required'],
    section: '10',
    sources: ['R-SCH-PROP'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [propsExample('No iconBrandColor.', [{ op: 'remove', path: '/properties/iconBrandColor' }])],
      valid: [propsExample('A brand colour.', [{ op: 'set', path: '/properties/iconBrandColor', value: '#5c2d91' }])],
    },
  },
});
