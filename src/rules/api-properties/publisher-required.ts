import { isObject, jsonValue } from '../../utils/guards';
import { definePropertiesRule, type PropertiesCheck, propsExample } from './shared';

const check: PropertiesCheck = (input) => {
  if (!isObject(input)) return [];
  const value = input.publisher;
  if (!Object.hasOwn(input, 'publisher')) {
    return [
      {
        message:
          'apiProperties.json has no publisher; add "publisher" under "properties" (the company name, or for an independent publisher your first and last name)',
      },
    ];
  }
  if (typeof value !== 'string' || !/[\p{L}\p{N}]/u.test(value)) {
    return [
      {
        message: `publisher is ${jsonValue(value)}; give the company name (or for an independent publisher your first and last name)`,
        at: ['publisher'],
      },
    ];
  }
  return [];
};

export default definePropertiesRule('ppc-publisher-required', {
  description:
    '`properties.publisher` is present and names the publisher: the company for a certified connector, the person (or people, comma-separated) for an independent publisher.',
  severity: 'error',
  given: '$.properties',
  check,
  'x-ppc': {
    requirements: ['publisher-required'],
    section: '10',
    sources: ['L-CS 3a', 'R-TPL-C', 'R-TPL-IP', 'PR#1234'],
    specLevel: 'E',
    examples: {
      invalid: [
        propsExample('No publisher.', [{ op: 'remove', path: '/properties/publisher' }]),
        propsExample('An empty publisher.', [{ op: 'set', path: '/properties/publisher', value: ' ' }]),
      ],
      valid: [
        propsExample('Two people.', [{ op: 'set', path: '/properties/publisher', value: 'Jane Doe, Ravi Patel' }]),
      ],
    },
  },
});
