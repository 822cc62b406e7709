import { quote } from '../../utils/guards';
import { DEFAULT_BRAND_COLORS } from './brand-color';
import { definePropertiesRule, type PropertiesCheck, propsExample } from './shared';

const check: PropertiesCheck = (input) => {
  if (typeof input !== 'string' || !DEFAULT_BRAND_COLORS.includes(input.trim().toLowerCase())) return [];
  const what = input.trim().toLowerCase() === '#ffffff' ? 'white' : 'the default colour';
  return [
    {
      message: `iconBrandColor is ${quote(input)}, ${what}; set it to your icon's background colour (certified connectors may not use #007ee5 or #ffffff)`,
    },
  ];
};

export default definePropertiesRule('ppc-brand-color-not-default', {
  description:
    "A certified connector's `iconBrandColor` is its own brand colour: not the default `#007ee5` and not white `#ffffff`.",
  severity: 'error',
  given: '$.properties.iconBrandColor',
  check,
  'x-ppc': {
    requirements: ['brand-color-not-default'],
    section: '10',
    sources: ['L-CS', 'R-PRT', 'R-README'],
    specLevel: 'E',
    profiles: { 'independent-publisher': false },
    examples: {
      invalid: [
        propsExample('The default colour.', [{ op: 'set', path: '/properties/iconBrandColor', value: '#007EE5' }]),
        propsExample('White.', [{ op: 'set', path: '/properties/iconBrandColor', value: '#ffffff' }]),
      ],
      valid: [propsExample('A brand colour.', [{ op: 'set', path: '/properties/iconBrandColor', value: '#0f6cbd' }])],
    },
  },
});
