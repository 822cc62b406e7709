import { isObject, quote } from '../../utils/guards';
import { definePropertiesRule, type PropertiesCheck, propsExample } from './shared';

const check: PropertiesCheck = (input) => {
  if (!isObject(input) || typeof input.publisher !== 'string' || typeof input.stackOwner !== 'string') return [];
  if (input.publisher.trim().toLowerCase() !== input.stackOwner.trim().toLowerCase() || input.stackOwner.trim() === '')
    return [];
  return [
    {
      message: `stackOwner is the publisher (${quote(input.stackOwner)}); an independent publisher does not own the service: set stackOwner to the company that runs it`,
      at: ['stackOwner'],
    },
  ];
};

export default definePropertiesRule('ppc-stack-owner-ip-differs', {
  description:
    "In an independent-publisher connector, `stackOwner` (the service's company) differs from `publisher` (you).",
  severity: 'warn',
  given: '$.properties',
  check,
  'x-ppc': {
    requirements: ['stack-owner-ip-differs'],
    section: '10',
    sources: ['L-CS 3a', 'L-FAQ'],
    specLevel: 'W',
    profiles: { certified: false },
    examples: {
      invalid: [
        propsExample('The publisher as stack owner.', [
          { op: 'set', path: '/properties/publisher', value: 'Contoso Ltd' },
        ]),
      ],
      valid: [
        propsExample("A person publishing for a company's service.", [
          { op: 'set', path: '/properties/publisher', value: 'Jane Doe' },
        ]),
      ],
    },
  },
});
