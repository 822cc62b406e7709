import { jsonValue } from '../../utils/guards';
import { HEX_COLOR } from './brand-color';
import { definePropertiesRule, type PropertiesCheck, propsExample } from './shared';

const check: PropertiesCheck = (input) => {
  if (typeof input === 'string' && HEX_COLOR.test(input)) return [];
  const hint = typeof input === 'string' && /^#?[0-9a-f]{3}$/i.test(input.trim()) ? ' (write all six digits)' : '';
  return [
    {
      message: `iconBrandColor is ${jsonValue(input)}, not a colour "#rrggbb"${hint}; use six hexadecimal digits after "#"`,
    },
  ];
};

export default definePropertiesRule('ppc-brand-color-hex', {
  description: '`iconBrandColor` is a hexadecimal colour `#rrggbb`.',
  severity: 'error',
  given: '$.properties.iconBrandColor',
  check,
  'x-ppc': {
    requirements: ['brand-color-hex'],
    section: '10',
    sources: ['R-README', 'CORPUS'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        propsExample('A colour name.', [{ op: 'set', path: '/properties/iconBrandColor', value: 'blue' }]),
        propsExample('Three digits.', [{ op: 'set', path: '/properties/iconBrandColor', value: '#fff' }]),
      ],
      valid: [
        propsExample('Upper-case digits.', [{ op: 'set', path: '/properties/iconBrandColor', value: '#0F6CBD' }]),
      ],
    },
  },
});
