import { isObject, quote } from '../../utils/guards';
import { definePropertiesRule, type PropertiesCheck, propsExample, sameIgnoringCase } from './shared';

export const PROPERTIES_KEYS = [
  'iconBrandColor',
  'publisher',
  'stackOwner',
  'capabilities',
  'connectionParameters',
  'connectionParameterSets',
  'policyTemplateInstances',
  'scriptOperations',
];

const check: PropertiesCheck = (input) => {
  if (!isObject(input)) return [];
  return Object.keys(input)
    .filter((key) => !PROPERTIES_KEYS.includes(key))
    .map((key) => {
      const near = sameIgnoringCase(key, PROPERTIES_KEYS);
      const fix = near ? `rename it to ${quote(near)}` : `remove it (allowed: ${PROPERTIES_KEYS.join(', ')})`;
      return { message: `apiProperties.json properties has the unknown key ${quote(key)}; ${fix}`, at: [key] };
    });
};

export default definePropertiesRule('ppc-props-allowed-keys', {
  description:
    'The `properties` object of apiProperties.json holds only iconBrandColor, publisher, stackOwner, capabilities, connectionParameters, connectionParameterSets, policyTemplateInstances and scriptOperations.',
  severity: 'error',
  given: '$.properties',
  check,
  'x-ppc': {
    requirements: ['props-allowed-keys'],
    section: '10',
    sources: ['R-SCH-PROP', 'R-PACONN json_keys', 'L-MA', 'L-PAC'],
    specLevel: 'E',
    examples: {
      invalid: [
        propsExample('stackOwner spelt in lower case.', [
          { op: 'remove', path: '/properties/stackOwner' },
          { op: 'set', path: '/properties/stackowner', value: 'Contoso Ltd' },
        ]),
        propsExample('A website key.', [{ op: 'set', path: '/properties/website', value: 'https://contoso.com' }]),
      ],
      valid: [
        propsExample('Script operations and policies.', [
          { op: 'set', path: '/properties/scriptOperations', value: [] },
          { op: 'set', path: '/properties/policyTemplateInstances', value: [] },
        ]),
      ],
    },
  },
});
