import { jsonValue, quote } from '../../utils/guards';
import { definePropertiesRule, type PropertiesCheck, propsExample, sameIgnoringCase } from './shared';

const KNOWN = ['actions', 'triggers', 'gateway', 'cloud only'];

const check: PropertiesCheck = (input) => {
  if (!Array.isArray(input))
    return [{ message: `capabilities is ${jsonValue(input)}, not an array; use [] or a list such as ["actions"]` }];
  return input.flatMap((value, i) => {
    if (typeof value === 'string' && KNOWN.includes(value)) return [];
    const near = typeof value === 'string' ? sameIgnoringCase(value, KNOWN) : undefined;
    const fix = near ? `write ${quote(near)}` : `use one of ${KNOWN.map((k) => `"${k}"`).join(', ')}`;
    return [{ message: `capabilities has ${jsonValue(value)}; ${fix}`, at: [i] }];
  });
};

export default definePropertiesRule('ppc-capabilities-values', {
  description:
    '`capabilities` is an array of the known values `actions`, `triggers`, `gateway` and `cloud only` (normally empty).',
  severity: 'warn',
  given: '$.properties.capabilities',
  check,
  'x-ppc': {
    requirements: ['capabilities-values'],
    section: '10',
    sources: ['R-SCH-PROP', 'L-PAC', 'CORPUS'],
    specLevel: 'W',
    examples: {
      invalid: [
        propsExample('A capitalised value.', [{ op: 'set', path: '/properties/capabilities', value: ['Actions'] }]),
      ],
      valid: [
        propsExample('Actions and triggers.', [
          { op: 'set', path: '/properties/capabilities', value: ['actions', 'triggers'] },
        ]),
      ],
    },
  },
});
