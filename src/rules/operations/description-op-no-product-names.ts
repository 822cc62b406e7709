import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { visiblePattern } from '../../functions/visible-pattern';
import { defineRule } from '../../types';
import { PRODUCT_NAMES_PATTERN } from '../../utils/words';

export default defineRule('ppc-description-op-no-product-names', {
  description:
    'Operation descriptions do not name Microsoft products (Power Apps, Power Automate, Logic Apps, Power Platform, Copilot Studio).',
  message: 'Description {{error}}; remove the product name (Microsoft rejects product names in descriptions).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}.description`,
  then: { function: visiblePattern, functionOptions: { notMatch: PRODUCT_NAMES_PATTERN.source, flags: 'i' } },
  'x-ppc': {
    requirements: ['description-op-no-product-names'],
    section: '3',
    sources: ['L-CS', 'L-SVR ValueContainsRestrictedWords'],
    validatorMessage:
      "The value 'description' contains at least one of the restricted words: 'power apps, power automate, logic apps'.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A product name in the description.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/description', value: 'Lists the tasks to use in Power Apps.' },
          ],
        },
      ],
      valid: [
        {
          description: 'No product name.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/description', value: 'Lists the tasks of the signed-in user.' },
          ],
        },
      ],
    },
  },
});
