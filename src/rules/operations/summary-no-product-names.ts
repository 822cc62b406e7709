import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { visiblePattern } from '../../functions/visible-pattern';
import { defineRule } from '../../types';
import { PRODUCT_NAMES_PATTERN } from '../../utils/words';

export default defineRule('ppc-summary-no-product-names', {
  description:
    'Operation summaries do not name Microsoft products (Power Apps, Power Automate, Logic Apps, Power Platform, Copilot Studio).',
  message: 'Summary {{error}}; remove the product name (Microsoft rejects product names in summaries).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}.summary`,
  then: { function: visiblePattern, functionOptions: { notMatch: PRODUCT_NAMES_PATTERN.source, flags: 'i' } },
  'x-ppc': {
    requirements: ['summary-no-product-names'],
    section: '3',
    sources: ['L-CS', 'DP', 'L-SVR ValueContainsRestrictedWords'],
    validatorMessage:
      "The value '{0}' contains at least one of the restricted words: 'power apps, power automate, logic apps'.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A product name in the summary.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'List tasks for Power Automate' }],
        },
      ],
      valid: [
        {
          description: 'No product name.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/summary', value: 'List tasks' }],
        },
      ],
    },
  },
});
